/**
 * Rendered cards kept on disk by a hash of everything that decides their pixels, so a rebuild
 * with unchanged text renders none of them again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { threadId } from 'node:worker_threads';

/** Where cards are kept: `node_modules/.cache/so-tay-cards/`, or `$CARD_CACHE_DIR`. */
export function cacheDir(): string {
  return resolve(process.env.CARD_CACHE_DIR ?? 'node_modules/.cache/so-tay-cards');
}

const require = createRequire(import.meta.url);

/** The installed version of a package, read from its package.json (some do not export it). */
export function packageVersion(name: string): string {
  const entry = require.resolve(name);
  const root = entry.slice(0, entry.lastIndexOf(`node_modules/${name}/`) + `node_modules/${name}/`.length);
  return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Hex SHA-256 of the parts, in order. */
export function contentHash(parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}

/** What the cache did in this process: images found, images rendered. */
export const cacheStats = { hits: 0, misses: 0 };

/** Where the file under `key` is kept (a PNG unless `ext` says otherwise). */
export function cacheFile(key: string, ext = 'png'): string {
  return join(cacheDir(), `${key}.${ext}`);
}

/** The cached file under `key` (a PNG unless `ext` says otherwise), or `render`'s, stored for next time. */
export async function cached(key: string, render: () => Promise<Uint8Array>, ext = 'png'): Promise<Uint8Array> {
  const file = cacheFile(key, ext);
  if (existsSync(file)) {
    if (ext === 'png') cacheStats.hits++;
    return new Uint8Array(readFileSync(file));
  }
  if (ext === 'png') cacheStats.misses++;
  const png = await render();
  mkdirSync(cacheDir(), { recursive: true });
  // Write then rename: two builds (or threads) at once never read half a file.
  const partial = `${file}.${process.pid}-${threadId}.tmp`;
  writeFileSync(partial, png);
  renameSync(partial, file);
  return png;
}
