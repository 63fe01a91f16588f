/**
 * The units of a document as comparable passages: each unit's own words (its heading line or
 * its paragraph, not its children's), in document order. Both the version diff and the
 * cross-document alignment work on these.
 */
import type { DocumentTree, UnitJson } from '../../schemas/document-tree.ts';
import { fullText, ownText, topUnit, walk, type Region } from '../model/tree.ts';
import { readingOf, type CitedTitles } from './reading.ts';
import { syllables } from './syllables.ts';

/**
 * What a passage is in its text: a "Căn cứ" line, the rest of the opening (the situation, the
 * enacting formula), the body, or an attached form. The cross-document alignment pairs
 * passages of one role only.
 */
export type PassageRole = 'basis' | Region;

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

/**
 * Every unit of the document with words of its own, depth first. `titles` (cited documents'
 * titles by registry id) lets the reading drop a title after its citation.
 */
export function documentPassages(tree: DocumentTree, titles?: CitedTitles): Passage[] {
  const out: Passage[] = [];
  for (const entry of walk(tree)) {
    const { unit } = entry;
    const text = ownText(unit);
    if (!text.trim()) continue;
    // The căn cứ and the preamble form one group, as each attached form does.
    const group = entry.region === 'preamble' ? (tree.parts.preamble?.eId ?? topUnit(entry).eId) : (entry.attachment?.eId ?? topUnit(entry).eId);
    const read = readingOf([...(unit.heading ?? []), ...(unit.text ?? [])], unit.marker, titles);
    out.push({
      eId: unit.eId,
      kind: unit.kind,
      label: unit.label,
      depth: entry.depth,
      group,
      text,
      hasText: !!unit.text,
      subtree: fullText(unit),
      role: unit.kind === 'basis' ? 'basis' : entry.region,
      reading: read.text,
      cites: read.cites,
    });
  }
  return out;
}

/** Passages worth aligning across documents: a paragraph of at least `minSyllables` syllables (not form blanks or headings). */
export function substantialPassages(passages: Passage[], minSyllables = 8): Passage[] {
  return passages.filter((p) => p.hasText && syllables(p.text).length >= minSyllables);
}
