/**
 * Writing an import as one step: the new contents of a folder are built in a sibling folder, then
 * swapped in with renames. Until the swap, the folder is untouched; a failure before it leaves
 * it byte for byte as it was.
 */
import { cp, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface FolderChange {
  dir: string;
  /** Files to write, by name. */
  write: Map<string, string | Uint8Array>;
  /** Files to delete, by name. */
  remove: string[];
}

/** Builds each folder's new contents beside it, then swaps them all in; on any failure, nothing changes. */
export async function commitFolders(changes: FolderChange[]): Promise<void> {
  const staged: { dir: string; next: string; old: string }[] = [];
  const works: string[] = [];
  try {
    for (const change of changes) {
      await mkdir(dirname(change.dir), { recursive: true });
      // Beside the folder, so the swap is a rename on one file system.
      const work = await mkdtemp(join(dirname(change.dir), `.${basename(change.dir)}-nhap-`));
      works.push(work);
      const next = join(work, 'next');
      if (existsSync(change.dir)) await cp(change.dir, next, { recursive: true });
      else await mkdir(next);
      for (const name of change.remove) await rm(join(next, name), { force: true });
      for (const [name, content] of change.write) await writeFile(join(next, name), content);
      staged.push({ dir: change.dir, next, old: join(work, 'old') });
    }
    const swapped: typeof staged = [];
    try {
      for (const s of staged) {
        if (existsSync(s.dir)) await rename(s.dir, s.old);
        await rename(s.next, s.dir);
        swapped.push(s);
      }
    } catch (error) {
      // Put back what was already swapped.
      for (const s of swapped.reverse()) {
        await rename(s.dir, s.next);
        if (existsSync(s.old)) await rename(s.old, s.dir);
      }
      const current = staged[swapped.length];
      if (current && !existsSync(current.dir) && existsSync(current.old)) await rename(current.old, current.dir);
      throw error;
    }
  } finally {
    for (const work of works) await rm(work, { recursive: true, force: true });
  }
}
