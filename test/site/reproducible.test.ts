/** Two builds from the same commit give the same dist/, byte for byte. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/build.ts';

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
  it('builds twice from scratch into identical files', () => {
    const first = buildSite({});
    const second = buildSite({});
    expect(first.ok, first.output).toBe(true);
    expect(second.ok, second.output).toBe(true);
    const a = fingerprint(first.outDir);
    const b = fingerprint(second.outDir);
    const differ = [...new Set([...a.keys(), ...b.keys()])].filter((f) => a.get(f) !== b.get(f)).sort();
    expect(differ).toEqual([]);
    expect(a.size).toBeGreaterThan(10);
  });
});
