/**
 * Turns the citations and internal references of a document tree into marked runs: each run of
 * a citation phrase carries the cited document's id (`cite`), each run of "Điều 1 Quy chế này"
 * the eId it points at (`unitRef`). Works on whole units after page-break splits are joined,
 * so a phrase that a page break cut in two ("của Bộ / Chính trị") is still one link.
 */
import type { UnitJson } from '../../schemas/document-tree.ts';
import { citationLabel, levelName } from '../model/eid.ts';
import { normalizeRuns, patchRange, type Run } from '../model/runs.ts';
import { findUnitReferences, type UnitReference } from './internal.ts';
import { findCitations } from './recognize.ts';
import type { CitingDocument, Registry } from './registry.ts';
import { subtree } from '../model/tree.ts';

export interface LinkContext {
  registry: Registry;
  citing: CitingDocument;
  /** The unit of the document a reference's numbers name, if it has one (tree.ts `findByNumbers`). */
  findUnit: (levels: UnitReference['levels']) => UnitJson | undefined;
}

/** A phrase that could not be linked: where, what it says, and why. */
export interface LinkProblem {
  line: number;
  text: string;
  message: string;
}

/** The text the recognizers read: footnote marks and subscripts blanked, so "tỉnh¹" ends a word. */
function readable(runs: Run[]): string {
  return runs.map((r) => (r.marks?.some((m) => m === 'sup' || m === 'sub') ? ' '.repeat(r.text.length) : r.text)).join('');
}

function linkRuns(runs: Run[], line: number, context: LinkContext, problems: LinkProblem[]): Run[] {
  const text = readable(runs);
  const phrases = findCitations(text, context.registry.namesFor(context.citing));
  let out = runs;
  for (const phrase of phrases) {
    const found = context.registry.resolve(phrase, context.citing);
    if ('error' in found) problems.push({ line, text: phrase.text, message: found.error });
    else out = patchRange(out, phrase.start, phrase.end, { cite: found.id });
  }
  for (const ref of findUnitReferences(text)) {
    if (phrases.some((p) => ref.start < p.end && p.start < ref.end)) continue;
    const target = context.findUnit(ref.levels);
    if (!target) problems.push({ line, text: ref.text, message: `văn bản không có ${citationLabel(ref.levels.map((l) => levelName(l.kind, l.num)))}` });
    else out = patchRange(out, ref.start, ref.end, { unitRef: target.eId });
  }
  return out;
}

/** Marks the citations in `units` (headings and text, all levels) in place; returns what it could not link. */
export function linkCitations(units: UnitJson[], context: LinkContext): LinkProblem[] {
  const problems: LinkProblem[] = [];
  for (const unit of units.flatMap(subtree)) {
    if (unit.heading) unit.heading = linkRuns(unit.heading, unit.line, context, problems);
    if (unit.text) unit.text = linkRuns(unit.text, unit.line, context, problems);
  }
  return problems;
}

/** The runs without citation marks, as the importer had them before linking. */
export function withoutLinks(runs: readonly Run[]): Run[] {
  return normalizeRuns(runs.map(({ cite: _cite, unitRef: _unitRef, ...rest }) => rest));
}
