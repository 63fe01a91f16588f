/**
 * The notebook in the browser's IndexedDB (with `idb`): one record, changed only inside a
 * read-write transaction that reads it, applies one pure operation from
 * src/lib/notebook/notebook.ts and writes it back, so two tabs never overwrite each other's
 * changes and a failed operation changes nothing. Other tabs hear of each change on a
 * BroadcastChannel. Nothing leaves the device.
 */
import { openDB, type IDBPDatabase } from 'idb';
import { emptyNotebook, savedIds, type Notebook } from '../../lib/notebook/notebook.ts';
import { writeMarks } from './marks.ts';

const DB = 'so-tay-quy-dinh';
const STORE = 'notebook';
const KEY = 'notebook';

let db: Promise<IDBPDatabase> | undefined;
const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('so-tay-quy-dinh:so-tay');

function open(): Promise<IDBPDatabase> {
  db ??= openDB(DB, 1, {
    upgrade(database) {
      database.createObjectStore(STORE);
    },
  });
  return db;
}

export async function readNotebook(): Promise<Notebook> {
  return ((await (await open()).get(STORE, KEY)) as Notebook | undefined) ?? emptyNotebook();
}

/** Rewrites the saved marks (marks.ts) from the notebook. */
export function remember(notebook: Notebook): void {
  const slugs = new Set(notebook.collections.flatMap((c) => c.units.map((u) => u.slug)));
  writeMarks(Object.fromEntries([...slugs].map((s) => [s, savedIds(notebook, s)])));
}

/**
 * Applies `change` to the stored notebook in one transaction and returns what it returned.
 * If `change` throws, nothing is written.
 */
export async function update<T extends { notebook: Notebook }>(change: (notebook: Notebook) => T): Promise<T> {
  const tx = (await open()).transaction(STORE, 'readwrite');
  const current = ((await tx.store.get(KEY)) as Notebook | undefined) ?? emptyNotebook();
  let result: T;
  try {
    result = change(current);
  } catch (e) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw e;
  }
  await tx.store.put(result.notebook, KEY);
  await tx.done;
  remember(result.notebook);
  channel?.postMessage('changed');
  return result;
}

/** Calls `listener` when another tab changes the notebook. */
export function onChange(listener: () => void): void {
  channel?.addEventListener('message', listener);
}

/** A short random id; `crypto.randomUUID` needs a secure context, which an intranet over http is not. */
export function newId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(9)), (b) => b.toString(36).padStart(2, '0')).join('');
}
