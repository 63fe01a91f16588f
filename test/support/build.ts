import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
  return oneBuildAtATime(() => build(env, timeout));
}

/**
 * `buildSite(env)`, built once in a test run for every test file that asks for the same
 * environment (the `/so-tay/` build: build-checks and deploy.browser, about a minute and a half
 * each when the cards are cold). Those files read the output; what one adds to it (a probe
 * file) the other never looks at. The first file to ask builds; one asking meanwhile waits for it.
 */
export function sharedBuildSite(env: Record<string, string>, timeout = 300_000): BuildResult {
  const key = createHash('sha256').update(JSON.stringify(Object.entries(env).sort())).digest('hex').slice(0, 16);
  const record = join(inject('sharedBuilds'), `${key}.json`);
  return oneBuildAtATime(() => {
    if (existsSync(record)) return JSON.parse(readFileSync(record, 'utf8')) as BuildResult;
    const result = build(env, timeout);
    writeFileSync(record, JSON.stringify(result));
    return result;
  });
}

function build(env: Record<string, string>, timeout: number): BuildResult {
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

/*
 * Builds of one checkout must not overlap, even with test files side by side (`--fileParallelism`,
 * or two test runs at once). Astro keeps part
 * of every build in the project's .astro/: the content modules map, and, for a build whose outDir
 * is outside the project (every test build), the bundle that renders the pages (.astro/.prerender/).
 * Side by side, a fixture build once passed a status check it must fail, most likely through them.
 * The lock is a directory (mkdir is atomic) holding its owner's pid, so a dead owner's is taken over.
 */
const LOCK = join(ROOT, '.astro', 'test-build.lock');

function oneBuildAtATime<T>(run: () => T): T {
  mkdirSync(join(ROOT, '.astro'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (ownerGone()) rmSync(LOCK, { recursive: true, force: true });
    else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
  }
  try {
    writeFileSync(join(LOCK, 'pid'), String(process.pid));
    return run();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

function ownerGone(): boolean {
  try {
    process.kill(Number(readFileSync(join(LOCK, 'pid'), 'utf8')), 0);
    return false;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // No pid file yet: its owner is between mkdir and write, or died there (then the lock is old).
    if (code === 'ENOENT') return Date.now() - (statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 10_000;
    return code === 'ESRCH';
  }
}
