import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
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

/**
 * `buildSite(env)`, built once in a test run for every test file that asks for the same
 * environment (the `/so-tay/` build: build-checks and deploy.browser, about a minute and a half
 * each when the cards are cold). Those files read the output; what one adds to it (a probe
 * file) the other never looks at. Site test files run one after the other, so no two build at once.
 */
export function sharedBuildSite(env: Record<string, string>, timeout = 300_000): BuildResult {
  const key = createHash('sha256').update(JSON.stringify(Object.entries(env).sort())).digest('hex').slice(0, 16);
  const record = join(inject('sharedBuilds'), `${key}.json`);
  if (existsSync(record)) return JSON.parse(readFileSync(record, 'utf8')) as BuildResult;
  const result = buildSite(env, timeout);
  writeFileSync(record, JSON.stringify(result));
  return result;
}
