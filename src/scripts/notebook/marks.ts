/**
 * Which units of each document are saved in the notebook, kept in localStorage beside the
 * notebook itself (IndexedDB, the one record of what is saved) so that a document page can mark
 * them as it loads without loading IndexedDB code: a copy that store.ts rewrites on every change.
 */
export const SAVED_MARKS = 'so-tay:da-luu';

export function savedMarks(slug: string): string[] {
  try {
    const marks = JSON.parse(localStorage.getItem(SAVED_MARKS) ?? '{}') as Record<string, unknown>;
    const ids = marks[slug];
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

export function writeMarks(marks: Record<string, string[]>): void {
  try {
    localStorage.setItem(SAVED_MARKS, JSON.stringify(marks));
  } catch {
    // Private browsing may refuse: pages then do not mark saved units, nothing else changes.
  }
}
