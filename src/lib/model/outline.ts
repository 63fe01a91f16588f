import type { DocumentTree, UnitJson } from '../../schemas/document-tree.ts';
import { PART_IDS } from './eid.ts';
import { plainText } from './runs.ts';

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
      text: [u.marker, u.heading ? plainText(u.heading) : ''].filter(Boolean).join(' '),
      children: entries(u.children),
    }));
}

/** Table of contents following the document's own structure: its headed units, in order. */
export function documentOutline(tree: DocumentTree): OutlineEntry[] {
  const out: OutlineEntry[] = [];
  if (tree.preamble.length) out.push({ eId: PART_IDS.preamble.vi, text: 'Phần mở đầu', children: [] });
  out.push(...entries(tree.body));
  if (tree.recipients) out.push({ eId: PART_IDS.recipients.vi, text: 'Nơi nhận', children: [] });
  for (const a of tree.attachments) {
    const title = a.title.map(plainText).join(' ');
    out.push({ eId: a.eId, text: title ? `${a.label}: ${title}` : a.label, children: entries(a.children) });
  }
  return out;
}
