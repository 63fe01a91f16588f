import type { DocumentTree, UnitJson } from '../../schemas/document-tree.ts';
import { capitalize, levelName, type UnitKind } from './eid.ts';
import { plainText } from './runs.ts';
import { headingLine } from './tree.ts';

/** A numbered unit without a heading of its own, listed by its number under its Điều or Mục. */
export interface OutlinePart {
  eId: string;
  num: string;
  /** "Khoản 2 Điều 17": the link's name for a screen reader, the number alone being ambiguous. */
  label: string;
}

export interface OutlineEntry {
  eId: string;
  text: string;
  children: OutlineEntry[];
  /** Its khoản (or điểm, tiết) by number, so any of them is one tap from the contents. */
  parts?: { kind: string; units: OutlinePart[] };
}

/** What a reader looks a unit up by: the levels numbered in the text below a heading. */
const NUMBERED: ReadonlySet<UnitKind> = new Set(['clause', 'point', 'subpoint']);

const isEntry = (u: UnitJson) => !!u.heading || (!!u.marker && u.kind === 'article');

/** The numbered units under an entry that have no entry of their own, grouped under their kind's name. */
function partsOf(unit: UnitJson): OutlineEntry['parts'] {
  const numbered = unit.children.filter((c) => c.num && NUMBERED.has(c.kind) && !isEntry(c));
  const kind = numbered[0]?.kind;
  if (!kind || numbered.some((c) => c.kind !== kind)) return undefined;
  return { kind: capitalize(levelName(kind, undefined)), units: numbered.map((c) => ({ eId: c.eId, num: c.num!, label: c.label })) };
}

function entries(units: UnitJson[]): OutlineEntry[] {
  return units.filter(isEntry).map((u) => {
    const parts = partsOf(u);
    return { eId: u.eId, text: headingLine(u)!, children: entries(u.children), ...(parts ? { parts } : {}) };
  });
}

/**
 * Table of contents following the document's own structure: its headed units, in order, and
 * under each the numbered units without a heading (a Điều's khoản), by number.
 */
export function documentOutline(tree: DocumentTree): OutlineEntry[] {
  const out: OutlineEntry[] = [];
  if (tree.parts.preamble) out.push({ eId: tree.parts.preamble.eId, text: tree.parts.preamble.label, children: [] });
  out.push(...entries(tree.body));
  if (tree.parts.recipients) out.push({ eId: tree.parts.recipients.eId, text: tree.parts.recipients.label, children: [] });
  for (const a of tree.attachments) {
    const title = a.title.map(plainText).join(' ');
    out.push({ eId: a.eId, text: title ? `${a.label}: ${title}` : a.label, children: entries(a.children) });
  }
  return out;
}
