import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';

export const ROOT = new URL('../', import.meta.url).pathname;
export const DIST = `${ROOT}dist/`;

/** Makes sure there is a build to measure. */
export function ensureBuild(): void {
  if (existsSync(`${DIST}index.html`)) return;
  const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('astro build failed');
}

export const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const read = (path: string) => readFileSync(path);

/** Milliseconds of the middle run of `times` runs of `run`. */
export function median(run: () => unknown, times = 7): number {
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    run();
    ms.push(performance.now() - t);
  }
  return ms.sort((a, b) => a - b)[Math.floor(times / 2)]!;
}
