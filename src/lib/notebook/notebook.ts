/**
 * "Sổ tay của tôi": collections of saved units, each with the words it had when saved and the
 * reader's own note. Every operation is a pure function from one notebook to the next, so the
 * browser can run it inside one IndexedDB transaction and the tests can run it without one.
 * Nothing here drops what a reader saved: removing a unit or a collection returns what was
 * removed, for "Hoàn tác".
 */
import type { FactParagraph } from '../model/unit-facts.ts';
import type { DateStyle } from '../model/pinpoint.ts';

export const NOTEBOOK_VERSION = 1;

export interface SavedUnit {
  /** `<slug>#<eId>`: a unit is at most once in a collection. */
  key: string;
  slug: string;
  eId: string;
  /** The document's short title when the unit was saved. */
  documentTitle: string;
  /** "Khoản 4 Điều 2". */
  label: string;
  /** The unit's citation in each date style, as it was when saved. */
  citation: Record<DateStyle, string>;
  /** Its words and its sub-units', with bold and italic, as they were when saved. */
  paragraphs: FactParagraph[];
  /** `textHash` of those words: a re-import that changes them shows. */
  hash: string;
  /** The reader's note; plain text. */
  note: string;
  /** ISO 8601. */
  savedAt: string;
}

export interface Collection {
  id: string;
  title: string;
  units: SavedUnit[];
  createdAt: string;
}

export interface Notebook {
  version: typeof NOTEBOOK_VERSION;
  /** Where "Lưu vào sổ tay" puts a unit. */
  current: string | null;
  collections: Collection[];
}

export const DEFAULT_TITLE = 'Bài giảng';

export function emptyNotebook(): Notebook {
  return { version: NOTEBOOK_VERSION, current: null, collections: [] };
}

export function unitKey(slug: string, eId: string): string {
  return `${slug}#${eId}`;
}

/** "Bài giảng 3": the first number no collection's title uses yet. */
export function nextTitle(notebook: Notebook): string {
  const taken = new Set(notebook.collections.map((c) => c.title));
  let n = 1;
  while (taken.has(`${DEFAULT_TITLE} ${n}`)) n++;
  return `${DEFAULT_TITLE} ${n}`;
}

export function findCollection(notebook: Notebook, id: string | null): Collection | undefined {
  return notebook.collections.find((c) => c.id === id);
}

/** The collection "Lưu" goes to: the current one, else the first. */
export function currentCollection(notebook: Notebook): Collection | undefined {
  return findCollection(notebook, notebook.current) ?? notebook.collections[0];
}

function withCollection(notebook: Notebook, id: string, change: (c: Collection) => Collection): Notebook {
  if (!findCollection(notebook, id)) throw new Error(`Không có bộ sưu tập "${id}"`);
  return { ...notebook, collections: notebook.collections.map((c) => (c.id === id ? change(c) : c)) };
}

/** A cleaned title: one line, at most 200 characters; empty is refused. */
export function cleanTitle(title: string): string {
  const t = title.replace(/\s+/g, ' ').trim().slice(0, 200);
  if (!t) throw new Error('Tên bộ sưu tập không được để trống');
  return t;
}

export function createCollection(notebook: Notebook, id: string, now: string, title = nextTitle(notebook)): Notebook {
  const collection: Collection = { id, title: cleanTitle(title), units: [], createdAt: now };
  return { ...notebook, current: id, collections: [...notebook.collections, collection] };
}

export function renameCollection(notebook: Notebook, id: string, title: string): Notebook {
  const clean = cleanTitle(title);
  return withCollection(notebook, id, (c) => ({ ...c, title: clean }));
}

export function setCurrent(notebook: Notebook, id: string): Notebook {
  if (!findCollection(notebook, id)) throw new Error(`Không có bộ sưu tập "${id}"`);
  return { ...notebook, current: id };
}

export interface RemovedCollection {
  collection: Collection;
  index: number;
  wasCurrent: boolean;
}

export function deleteCollection(notebook: Notebook, id: string): { notebook: Notebook; removed: RemovedCollection } {
  const index = notebook.collections.findIndex((c) => c.id === id);
  if (index < 0) throw new Error(`Không có bộ sưu tập "${id}"`);
  const collections = notebook.collections.filter((c) => c.id !== id);
  const wasCurrent = notebook.current === id;
  const current = wasCurrent ? (collections[Math.min(index, collections.length - 1)]?.id ?? null) : notebook.current;
  return { notebook: { ...notebook, current, collections }, removed: { collection: notebook.collections[index]!, index, wasCurrent } };
}

/** Puts a deleted collection back where it was (after anything added since, if its place is gone). */
export function restoreCollection(notebook: Notebook, removed: RemovedCollection): Notebook {
  if (findCollection(notebook, removed.collection.id)) return notebook;
  const collections = [...notebook.collections];
  collections.splice(Math.min(removed.index, collections.length), 0, removed.collection);
  return { ...notebook, collections, current: removed.wasCurrent ? removed.collection.id : notebook.current };
}

export interface SaveResult {
  notebook: Notebook;
  collection: Collection;
  /** False when the unit was already in that collection (nothing changes then). */
  added: boolean;
}

/**
 * Saves a unit to the current collection without asking anything, creating "Bài giảng 1" if
 * there is none yet.
 */
export function saveUnit(notebook: Notebook, unit: Omit<SavedUnit, 'key' | 'note'>, newId: string): SaveResult {
  let next = notebook;
  if (!currentCollection(next)) next = createCollection(next, newId, unit.savedAt);
  const target = currentCollection(next)!;
  const key = unitKey(unit.slug, unit.eId);
  if (target.units.some((u) => u.key === key)) return { notebook: next, collection: target, added: false };
  const saved: SavedUnit = { ...unit, key, note: '' };
  next = withCollection({ ...next, current: target.id }, target.id, (c) => ({ ...c, units: [...c.units, saved] }));
  return { notebook: next, collection: findCollection(next, target.id)!, added: true };
}

export interface RemovedUnit {
  collectionId: string;
  unit: SavedUnit;
  index: number;
}

export function removeUnit(notebook: Notebook, collectionId: string, key: string): { notebook: Notebook; removed: RemovedUnit } {
  const collection = findCollection(notebook, collectionId);
  const index = collection?.units.findIndex((u) => u.key === key) ?? -1;
  if (!collection || index < 0) throw new Error(`Không có mục "${key}"`);
  return {
    notebook: withCollection(notebook, collectionId, (c) => ({ ...c, units: c.units.filter((u) => u.key !== key) })),
    removed: { collectionId, unit: collection.units[index]!, index },
  };
}

export function restoreUnit(notebook: Notebook, removed: RemovedUnit): Notebook {
  const collection = findCollection(notebook, removed.collectionId);
  if (!collection || collection.units.some((u) => u.key === removed.unit.key)) return notebook;
  return withCollection(notebook, removed.collectionId, (c) => {
    const units = [...c.units];
    units.splice(Math.min(removed.index, units.length), 0, removed.unit);
    return { ...c, units };
  });
}

/** Moves a unit to another place in its collection (what "Lên", "Xuống" and dragging do). */
export function moveUnit(notebook: Notebook, collectionId: string, key: string, to: number): Notebook {
  return withCollection(notebook, collectionId, (c) => {
    const from = c.units.findIndex((u) => u.key === key);
    if (from < 0) throw new Error(`Không có mục "${key}"`);
    const target = Math.max(0, Math.min(to, c.units.length - 1));
    const units = [...c.units];
    const [unit] = units.splice(from, 1);
    units.splice(target, 0, unit!);
    return { ...c, units };
  });
}

export const NOTE_LIMIT = 20_000;

export function setNote(notebook: Notebook, collectionId: string, key: string, note: string): Notebook {
  return withCollection(notebook, collectionId, (c) => ({
    ...c,
    units: c.units.map((u) => (u.key === key ? { ...u, note: note.slice(0, NOTE_LIMIT) } : u)),
  }));
}

/** The ids of the saved units of one document, in any collection: what its page marks as saved. */
export function savedIds(notebook: Notebook, slug: string): string[] {
  return [...new Set(notebook.collections.flatMap((c) => c.units.filter((u) => u.slug === slug).map((u) => u.eId)))];
}
