/** Serves dist/ for the tests in test/site/; fails early when there is no build to serve. */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { DIST } from './paths.ts';
import { serveStatic } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(`${DIST}index.html`)) throw new Error('Chưa có dist/: chạy "npm run build" trước (npm test tự làm việc này).');
  const site = await serveStatic(DIST);
  project.provide('baseUrl', site.url);
  return site.close;
}
