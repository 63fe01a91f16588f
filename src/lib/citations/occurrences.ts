/**
 * The citations a document tree carries, one per linked phrase, in reading order: which
 * document, in which unit, with which words. Read back from the runs the importer marked.
 */
import type { DocumentTree, Run, UnitJson } from '../../schemas/document-tree.ts';
import type { UnitKind } from '../model/eid.ts';
import { plainText } from '../model/runs.ts';
import { allUnits } from '../model/tree.ts';

export interface Occurrence {
  /** The cited document: its id in the registry. */
  citedId: string;
  /** The citing document's slug. */
  slug: string;
  /** The citing unit: its eId and how a trainer names it ("Khoản 14 Điều 2"). */
  eId: string;
  label: string;
  kind: UnitKind;
  /** Source line where the unit starts. */
  line: number;
  /** The citation phrase, as written. */
  text: string;
  /** The unit's heading or text the phrase is in, and where in it. */
  context: string;
  start: number;
  end: number;
}

function fromRuns(runs: Run[], unit: UnitJson, slug: string, out: Occurrence[]): void {
  const context = plainText(runs);
  const spans: { citedId: string; start: number; end: number }[] = [];
  let pos = 0;
  for (const run of runs) {
    const last = spans.at(-1);
    // One phrase may be several runs (bold inside it); they share the id and touch.
    if (run.cite && last?.citedId === run.cite && last.end === pos) last.end += run.text.length;
    else if (run.cite) spans.push({ citedId: run.cite, start: pos, end: pos + run.text.length });
    pos += run.text.length;
  }
  for (const s of spans) {
    out.push({ ...s, slug, eId: unit.eId, label: unit.label, kind: unit.kind, line: unit.line, text: context.slice(s.start, s.end), context });
  }
}

/** Every citation in a document, in reading order. */
export function occurrencesIn(tree: DocumentTree): Occurrence[] {
  const out: Occurrence[] = [];
  for (const unit of allUnits(tree)) {
    if (unit.heading) fromRuns(unit.heading, unit, tree.meta.slug, out);
    if (unit.text) fromRuns(unit.text, unit, tree.meta.slug, out);
  }
  return out;
}

