import type { DocumentMeta } from '../../schemas/document-meta.ts';
import type { UnitJson } from '../../schemas/document-tree.ts';
import { normalizeRuns, type Run } from '../model/runs.ts';
import { subtree } from '../model/tree.ts';

type Note = DocumentMeta['notes'][number];

/** Marks every occurrence of `note.find` in `runs` with the note; returns how many it marked. */
function markRuns(runs: Run[], note: Note): { runs: Run[]; count: number } {
  let count = 0;
  const out: Run[] = [];
  for (const run of runs) {
    if (run.sic) {
      out.push(run);
      continue;
    }
    const parts = run.text.split(note.find);
    parts.forEach((part, i) => {
      if (i > 0) {
        out.push({ ...run, text: note.find, sic: note.note });
        count++;
      }
      if (part) out.push({ ...run, text: part });
    });
  }
  return { runs: normalizeRuns(out), count };
}

/**
 * Puts each editorial note of the metadata beside the text it is about. Returns the notes
 * that matched nothing, so the caller can fail: a note pointing nowhere is a stale note.
 */
export function applyNotes(units: UnitJson[], notes: Note[]): Note[] {
  const unmatched: Note[] = [];
  for (const note of notes) {
    let total = 0;
    for (const unit of units.flatMap(subtree)) {
      for (const field of ['heading', 'text'] as const) {
        const runs = unit[field];
        if (!runs) continue;
        const { runs: marked, count } = markRuns(runs, note);
        unit[field] = marked;
        total += count;
      }
    }
    if (!total) unmatched.push(note);
  }
  return unmatched;
}
