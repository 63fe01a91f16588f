/**
 * Two builds from the same commit give the same files, byte for byte: a build from scratch
 * against dist/, which `npm test` (and `npm run test:site`, when it is stale) has just built.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/build.ts';
import { DIST } from '../support/paths.ts';

function fingerprint(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(
    files.map((e) => {
      const path = join(e.parentPath, e.name);
      return [relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex')];
    }),
  );
}

describe('reproducible build', () => {
  it('builds again from scratch into the files of dist/', () => {
    const again = buildSite({});
    expect(again.ok, again.output).toBe(true);
    const a = fingerprint(DIST);
    const b = fingerprint(again.outDir);
    const differ = [...new Set([...a.keys(), ...b.keys()])].filter((f) => a.get(f) !== b.get(f)).sort();
    expect(differ).toEqual([]);
    expect(a.size).toBeGreaterThan(10);
  });
});
