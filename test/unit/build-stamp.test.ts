/** When `npm run test:site` rebuilds, and what it says (src/integrations/build-stamp.ts), on a folder made up for each test. */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { staleBuild, type BuildStamp } from '../../src/integrations/build-stamp.ts';

const BUILT = new Date('2026-12-01T10:00:00Z');
const before = new Date(BUILT.getTime() - 60_000);
const after = new Date(BUILT.getTime() + 60_000);

let root: string;
let dist: string;
let cache: string;

/** A file with its modification time. */
function file(path: string, time: Date, content = 'x'): void {
  const full = join(root, path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, content);
  utimesSync(full, time, time);
}

function stamp(fields: Partial<BuildStamp> = {}): void {
  mkdirSync(cache, { recursive: true });
  writeFileSync(join(cache, 'so-tay-build.json'), JSON.stringify({ outDir: dist, base: '/', started: BUILT.getTime(), ...fields }));
}

const stale = () => staleBuild(root, dist, cache);

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'so-tay-stamp-'));
  dist = join(root, 'dist/');
  cache = join(root, 'node_modules/.astro');
  for (const path of ['src/lib/routes.ts', 'content/documents/a.json', 'astro.config.mjs', 'package-lock.json']) file(path, before);
  for (const dir of ['src/lib', 'src', 'content/documents', 'content']) utimesSync(join(root, dir), before, before);
  file('dist/index.html', BUILT);
  return () => rmSync(root, { recursive: true, force: true });
});

describe('whether the built site is up to date', () => {
  it('is, when nothing it is built from changed after the build began', () => {
    stamp();
    expect(stale()).toBeNull();
  });

  it('is not when there is no build, or no stamp to date it', () => {
    stamp();
    rmSync(join(dist, 'index.html'));
    expect(stale()).toBe('chưa có dist/');
    file('dist/index.html', BUILT);
    rmSync(join(cache, 'so-tay-build.json'));
    expect(stale()).toBe('không biết dist/ được dựng khi nào (chưa có node_modules/.astro/so-tay-build.json)');
  });

  it('names the file edited since, in src/, content/, the Astro config or the lockfile', () => {
    stamp();
    for (const path of ['src/lib/routes.ts', 'content/documents/a.json', 'astro.config.mjs', 'package-lock.json']) {
      utimesSync(join(root, path), after, after);
      expect(stale()).toBe(`${path} đã đổi sau lần dựng gần nhất (2026-12-01T10:00:00.000Z)`);
      utimesSync(join(root, path), before, before);
    }
    expect(stale()).toBeNull();
  });

  it('counts an edit made while the build ran, and a file deleted since (its folder changes)', () => {
    stamp({ started: BUILT.getTime() - 30_000 });
    file('src/lib/new.ts', new Date(BUILT.getTime() - 10_000));
    utimesSync(join(root, 'src/lib'), before, before);
    expect(stale()).toMatch(/^src\/lib\/new\.ts đã đổi/);
    rmSync(join(root, 'src/lib/new.ts'));
    expect(stale()).toMatch(/^src\/lib đã đổi/);
  });

  it('ignores files the build does not read', () => {
    stamp();
    file('test/unit/x.test.ts', after);
    file('README.md', after);
    file('dist/later.html', after);
    expect(stale()).toBeNull();
  });

  it('is not when the last build went elsewhere or under a sub-path', () => {
    stamp({ outDir: '/tmp/other-dist/' });
    expect(stale()).toBe('lần dựng gần nhất ghi vào /tmp/other-dist/, không phải dist/');
    stamp({ base: '/so-tay/' });
    expect(stale()).toBe('dist/ được dựng cho đường dẫn gốc /so-tay/');
  });
});
