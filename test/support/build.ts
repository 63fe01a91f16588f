import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './paths.ts';

/** A clean environment for Astro: vitest puts NODE_ENV=test, BASE_URL, MODE… into process.env, and Astro reads them. */
export function inheritedEnv(): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST.*|NODE_ENV|TEST|BASE_URL|MODE|DEV|PROD|SSR|ASSETS_PREFIX|SITE)$/.test(k)));
}

export interface BuildResult {
  ok: boolean;
  output: string;
  outDir: string;
}

/**
 * Runs `astro build` in a child process into a fresh directory, with extra environment.
 * A fixture site (its own DOCUMENTS_DIR) gets no comparison settings unless it names some:
 * content/comparisons/ speaks of the real documents.
 */
export function buildSite(env: Record<string, string>, timeout = 300_000): BuildResult {
  const work = mkdtempSync(join(tmpdir(), 'so-tay-build-'));
  const outDir = `${join(work, 'dist')}/`;
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: ROOT,
    env: {
      ...inheritedEnv(),
      SITE_OUT_DIR: outDir,
      ASTRO_CACHE_DIR: join(work, 'cache'),
      ...(env.DOCUMENTS_DIR ? { COMPARISONS_DIR: join(work, 'comparisons') } : {}),
      ...env,
    },
    encoding: 'utf8',
    timeout,
  });
  const output = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  return { ok: result.status === 0, output, outDir };
}
