/**
 * The units of a document as comparable passages: each unit's own words (its heading line or
 * its paragraph, not its children's), in document order. Both the version diff and the
 * cross-document alignment work on these.
 */
import type { DocumentTree, UnitJson } from '../../schemas/document-tree.ts';
import { pinpointLabel } from '../model/eid.ts';
import { plainText } from '../model/runs.ts';
import { readingOf, type CitedTitles } from './reading.ts';
import { syllables } from './syllables.ts';

/**
 * What a passage is in its text: a "Căn cứ" line, the rest of the opening (the situation, the
 * enacting formula), the body, or an attached form. The cross-document alignment pairs
 * passages of one role only.
 */
export type PassageRole = 'basis' | 'preamble' | 'body' | 'attachment';

export interface Passage {
  eId: string;
  kind: UnitJson['kind'];
  /** "Khoản 4 Điều 2". */
  label: string;
  /** Nesting depth, 0 for top-level units. */
  depth: number;
  /** eId of the top-level unit it belongs to (its Điều, Mục or điểm): how passages are grouped. */
  group: string;
  /** The unit's own words, NFC: "Điều 4. Tổ chức thực hiện", "2. Gương mẫu trong …". */
  text: string;
  /** The unit has a paragraph of its own, not only a heading. */
  hasText: boolean;
  /** Its own words and all its sub-units' words: what a renumbered Điều is recognised by. */
  subtree: string;
  role: PassageRole;
  /** Its own words as the cross-document alignment reads them (see reading.ts). */
  reading: string;
  /** Registry ids of the documents its own words cite, in order. */
  cites: string[];
}

function ownText(unit: UnitJson): string {
  const parts: string[] = [];
  if (unit.heading || (unit.marker && !unit.text)) parts.push([unit.marker, unit.heading ? plainText(unit.heading) : ''].filter(Boolean).join(' '));
  if (unit.text) parts.push(plainText(unit.text));
  return parts.join(' ').normalize('NFC');
}

/**
 * Every unit of the document with words of its own, depth first. `titles` (cited documents'
 * titles by registry id) lets the reading drop a title after its citation.
 */
export function documentPassages(tree: DocumentTree, titles?: CitedTitles): Passage[] {
  const out: Passage[] = [];
  /** Walks units, returns the words of all of them. */
  const walk = (units: UnitJson[], depth: number, group: string | undefined, part: PassageRole): string => {
    const words: string[] = [];
    for (const unit of units) {
      const text = ownText(unit);
      const top = group ?? unit.eId;
      const role: PassageRole = unit.kind === 'basis' ? 'basis' : part;
      const read = readingOf([...(unit.heading ?? []), ...(unit.text ?? [])], unit.marker, titles);
      const passage: Passage = {
        eId: unit.eId,
        kind: unit.kind,
        label: pinpointLabel(unit.eId),
        depth,
        group: top,
        text,
        hasText: !!unit.text,
        subtree: text,
        role,
        reading: read.text,
        cites: read.cites,
      };
      if (text.trim()) out.push(passage);
      const below = walk(unit.children, depth + 1, top, part);
      passage.subtree = [text, below].filter(Boolean).join(' ');
      words.push(passage.subtree);
    }
    return words.join(' ');
  };
  walk(tree.preamble, 0, 'mo-dau', 'preamble');
  walk(tree.body, 0, undefined, 'body');
  for (const a of tree.attachments) walk(a.children, 0, a.eId, 'attachment');
  return out;
}

/** Passages worth aligning across documents: a paragraph of at least `minSyllables` syllables (not form blanks or headings). */
export function substantialPassages(passages: Passage[], minSyllables = 8): Passage[] {
  return passages.filter((p) => p.hasText && syllables(p.text).length >= minSyllables);
}
