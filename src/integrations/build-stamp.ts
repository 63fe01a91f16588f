import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * The build stamp: after a build succeeds, when it started, into which folder and under which base.
 * `npm run test:site` rebuilds only when the stamp says the output is missing or older than its
 * inputs. The stamp lives in Astro's cache folder, not in the output, which stays reproducible
 * byte for byte.
 */
export interface BuildStamp {
  outDir: string;
  base: string;
  /** When the build began (ms since the epoch): an edit made while it ran counts as newer. */
  started: number;
}

/** What a build reads: an edit to any of these makes the output stale. */
export const BUILD_INPUTS = ['src', 'content', 'public', 'astro.config.mjs', 'package-lock.json'];

/** Astro's cache folder, where the stamp is kept: `node_modules/.astro/`, or `$ASTRO_CACHE_DIR`. */
export function astroCacheDir(root = '.'): string {
  return resolve(root, process.env.ASTRO_CACHE_DIR ?? 'node_modules/.astro');
}

const STAMP = 'so-tay-build.json';

export function buildStamp(): AstroIntegration {
  const started = Date.now();
  let cacheDir = '';
  let base = '/';
  return {
    name: 'so-tay:build-stamp',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        base = config.base;
      },
      'astro:build:done': async ({ dir }) => {
        const stamp: BuildStamp = { outDir: fileURLToPath(dir), base, started };
        await mkdir(cacheDir, { recursive: true });
        await writeFile(join(cacheDir, STAMP), `${JSON.stringify(stamp, null, 2)}\n`);
      },
    },
  };
}

/** The newest file or folder among `inputs` under `root` (a deleted file changes its folder's time). */
function newest(root: string, inputs: readonly string[]): { path: string; mtimeMs: number } | undefined {
  let found: { path: string; mtimeMs: number } | undefined;
  const consider = (path: string) => {
    const { mtimeMs } = statSync(path);
    if (!found || mtimeMs > found.mtimeMs) found = { path, mtimeMs };
  };
  for (const input of inputs) {
    const path = join(root, input);
    if (!existsSync(path)) continue;
    consider(path);
    if (!statSync(path).isDirectory()) continue;
    for (const entry of readdirSync(path, { recursive: true, withFileTypes: true })) consider(join(entry.parentPath, entry.name));
  }
  return found;
}

/**
 * Why the build in `outDir` cannot be tested as it is, in words for the console; `null` when it
 * is up to date. `root` is the project folder, `cacheDir` where the build kept its stamp.
 */
export function staleBuild(root: string, outDir: string, cacheDir: string, inputs: readonly string[] = BUILD_INPUTS): string | null {
  const shown = (path: string) => relative(root, path) || '.';
  if (!existsSync(join(outDir, 'index.html'))) return `chưa có ${shown(outDir)}/`;
  const file = join(cacheDir, STAMP);
  if (!existsSync(file)) return `không biết ${shown(outDir)}/ được dựng khi nào (chưa có ${shown(file)})`;
  const stamp = JSON.parse(readFileSync(file, 'utf8')) as BuildStamp;
  if (resolve(stamp.outDir) !== resolve(outDir)) return `lần dựng gần nhất ghi vào ${stamp.outDir}, không phải ${shown(outDir)}/`;
  if (stamp.base !== '/') return `${shown(outDir)}/ được dựng cho đường dẫn gốc ${stamp.base}`;
  const latest = newest(root, inputs);
  if (latest && latest.mtimeMs > stamp.started) {
    return `${shown(latest.path)} đã đổi sau lần dựng gần nhất (${new Date(stamp.started).toISOString()})`;
  }
  return null;
}
