import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitFolders } from '../../src/lib/importer/commit.ts';

function folders() {
  const root = mkdtempSync(join(tmpdir(), 'so-tay-commit-'));
  const a = join(root, 'sources');
  const b = join(root, 'documents');
  mkdirSync(a);
  mkdirSync(b);
  writeFileSync(join(a, 'giu.txt'), 'cũ');
  writeFileSync(join(b, 'xoa.mdx'), 'cũ');
  return { root, a, b };
}

describe('commitFolders', () => {
  it('writes and deletes in every folder, and leaves nothing beside them', async () => {
    const { root, a, b } = folders();
    await commitFolders([
      { dir: a, write: new Map([['moi.txt', 'mới']]), remove: [] },
      { dir: b, write: new Map([['moi.mdx', 'mới']]), remove: ['xoa.mdx'] },
    ]);
    expect(readdirSync(a).sort()).toEqual(['giu.txt', 'moi.txt']);
    expect(readdirSync(b)).toEqual(['moi.mdx']);
    expect(readdirSync(root).sort()).toEqual(['documents', 'sources']);
  });

  it('changes nothing when one write fails, in any folder', async () => {
    const { root, a, b } = folders();
    await expect(
      commitFolders([
        { dir: a, write: new Map([['moi.txt', 'mới']]), remove: ['giu.txt'] },
        // A file inside a folder that does not exist: the write fails after the first folder was staged.
        { dir: b, write: new Map([['khong-co/moi.mdx', 'mới']]), remove: [] },
      ]),
    ).rejects.toThrow();
    expect(readdirSync(a)).toEqual(['giu.txt']);
    expect(readFileSync(join(a, 'giu.txt'), 'utf8')).toBe('cũ');
    expect(readdirSync(b)).toEqual(['xoa.mdx']);
    expect(readdirSync(root).sort()).toEqual(['documents', 'sources']);
  });
});
