/**
 * Serves dist/ for the tests in test/site/; fails early when there is no build to serve. Gives
 * the run a folder where test files leave the builds they share (test/support/build.ts).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { DIST } from './paths.ts';
import { serveStatic } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    sharedBuilds: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(`${DIST}index.html`)) throw new Error('Chưa có dist/: chạy "npm run build" trước (npm test tự làm việc này).');
  const site = await serveStatic(DIST);
  project.provide('baseUrl', site.url);
  const shared = mkdtempSync(join(tmpdir(), 'so-tay-shared-builds-'));
  project.provide('sharedBuilds', shared);
  return async () => {
    await site.close();
    rmSync(shared, { recursive: true, force: true });
  };
}
