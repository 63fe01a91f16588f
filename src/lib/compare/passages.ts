/**
 * The units of a document as comparable passages: each unit's own words (its heading line or
 * its paragraph, not its children's), in document order. Both the version diff and the
 * cross-document alignment work on these.
 */
import type { DocumentTree, UnitJson } from '../../schemas/document-tree.ts';
import { fullText, ownText, topUnit, walk } from '../model/tree.ts';
import { syllables } from './syllables.ts';

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
}

/** Every unit of the document with words of its own, depth first. */
export function documentPassages(tree: DocumentTree): Passage[] {
  const out: Passage[] = [];
  for (const entry of walk(tree)) {
    const { unit } = entry;
    const text = ownText(unit);
    if (!text.trim()) continue;
    // The căn cứ and the preamble form one group, as each attached form does.
    const group = entry.region === 'preamble' ? (tree.parts.preamble?.eId ?? topUnit(entry).eId) : (entry.attachment?.eId ?? topUnit(entry).eId);
    out.push({ eId: unit.eId, kind: unit.kind, label: unit.label, depth: entry.depth, group, text, hasText: !!unit.text, subtree: fullText(unit) });
  }
  return out;
}

/** Passages worth aligning across documents: a paragraph of at least `minSyllables` syllables (not form blanks or headings). */
export function substantialPassages(passages: Passage[], minSyllables = 8): Passage[] {
  return passages.filter((p) => p.hasText && syllables(p.text).length >= minSyllables);
}
