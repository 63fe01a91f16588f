/**
 * `npm ci` installs exactly what package-lock.json lists and refuses a lockfile that lacks an
 * optional dependency some package declares: the other platforms' binaries (Astro's compiler,
 * Pagefind) must be listed even though this machine never installs them (npm/cli#4828).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.ts';

interface LockEntry {
  optionalDependencies?: Record<string, string>;
}

const lock = JSON.parse(readFileSync(`${ROOT}/package-lock.json`, 'utf8')) as { lockfileVersion: number; packages: Record<string, LockEntry> };

/** Where Node would find `name` from the package installed at `at`: nested first, then each folder up. */
function resolves(at: string, name: string): boolean {
  let dir = at;
  for (;;) {
    if (lock.packages[`${dir ? `${dir}/` : ''}node_modules/${name}`]) return true;
    if (!dir) return false;
    const up = dir.lastIndexOf('/node_modules/');
    dir = up < 0 ? '' : dir.slice(0, up);
  }
}

describe('package-lock.json', () => {
  it('is a v3 lockfile', () => {
    expect(lock.lockfileVersion).toBe(3);
  });

  it("lists every optional dependency of every package, for every platform, so npm ci accepts it", () => {
    const missing = Object.entries(lock.packages).flatMap(([at, entry]) =>
      Object.keys(entry.optionalDependencies ?? {})
        .filter((name) => !resolves(at, name))
        .map((name) => `${at || '(root)'} → ${name}`),
    );
    expect(missing).toEqual([]);
  });

  it('holds the platform packages npm left out before (Astro compiler, Pagefind)', () => {
    for (const name of ['@astrojs/compiler-binding-darwin-arm64', '@astrojs/compiler-binding-win32-x64-msvc', '@pagefind/darwin-arm64', '@pagefind/windows-x64']) {
      expect(resolves('', name), name).toBe(true);
    }
  });
});
