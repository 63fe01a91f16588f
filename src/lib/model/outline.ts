import type { DocumentTree, UnitJson } from '../../schemas/document-tree.ts';
import { plainText } from './runs.ts';
import { headingLine } from './tree.ts';

export interface OutlineEntry {
  eId: string;
  text: string;
  children: OutlineEntry[];
}

function entries(units: UnitJson[]): OutlineEntry[] {
  return units
    .filter((u) => u.heading || (u.marker && u.kind === 'article'))
    .map((u) => ({
      eId: u.eId,
      text: headingLine(u)!,
      children: entries(u.children),
    }));
}

/** Table of contents following the document's own structure: its headed units, in order. */
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
