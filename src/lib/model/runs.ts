import type { Run } from '../../schemas/document-tree.ts';

export type { Run };
export type Mark = NonNullable<Run['marks']>[number];

/** The text of runs, without formatting. */
export function plainText(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join('');
}

function sameFormat(a: Run, b: Run): boolean {
  return (a.marks ?? []).join() === (b.marks ?? []).join() && a.sic === b.sic && a.cite === b.cite && a.unitRef === b.unitRef;
}

/** Joins neighbours with the same formatting, drops empty runs; marks are kept in a canonical order. */
export function normalizeRuns(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    if (!run.text) continue;
    const marks = run.marks?.length ? [...new Set(run.marks)].sort() : undefined;
    const next: Run = {
      text: run.text,
      ...(marks ? { marks } : {}),
      ...(run.sic ? { sic: run.sic } : {}),
      ...(run.cite ? { cite: run.cite } : {}),
      ...(run.unitRef ? { unitRef: run.unitRef } : {}),
    };
    const last = out.at(-1);
    if (last && sameFormat(last, next)) last.text += next.text;
    else out.push(next);
  }
  return out;
}

/** Runs covering characters [start, end) of their plain text. */
export function sliceRuns(runs: readonly Run[], start: number, end = Infinity): Run[] {
  const out: Run[] = [];
  let pos = 0;
  for (const run of runs) {
    const from = Math.max(start - pos, 0);
    const to = Math.min(end - pos, run.text.length);
    if (to > from) out.push({ ...run, text: run.text.slice(from, to) });
    pos += run.text.length;
  }
  return normalizeRuns(out);
}

/** Runs without leading and trailing white space. */
export function trimRuns(runs: readonly Run[]): Run[] {
  const text = plainText(runs);
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  return sliceRuns(runs, start, end);
}

/** Drops bold and italic, which on headings is markup noise; keeps superscripts and subscripts. */
export function withoutEmphasis(runs: readonly Run[]): Run[] {
  return normalizeRuns(
    runs.map((r) => {
      const marks = r.marks?.filter((m) => m === 'sup' || m === 'sub');
      return { ...r, marks: marks?.length ? marks : undefined };
    }),
  );
}

/** `a` followed by `b`, separated by one space. */
export function joinRuns(a: readonly Run[], b: readonly Run[]): Run[] {
  return normalizeRuns([...a, { text: ' ' }, ...b]);
}

/** True when every non-blank character carries `mark`. */
export function allMarked(runs: readonly Run[], mark: Mark): boolean {
  const visible = runs.filter((r) => r.text.trim());
  return visible.length > 0 && visible.every((r) => r.marks?.includes(mark));
}

/** Runs with characters [start, end) given `patch` (a citation id, say); the text is unchanged. */
export function patchRange(runs: readonly Run[], start: number, end: number, patch: Partial<Omit<Run, 'text'>>): Run[] {
  const inside = sliceRuns(runs, start, end).map((r) => ({ ...r, ...patch }));
  return normalizeRuns([...sliceRuns(runs, 0, start), ...inside, ...sliceRuns(runs, end)]);
}
