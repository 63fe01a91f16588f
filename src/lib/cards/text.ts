/**
 * What a card quotes: a unit's official words and those of everything under it, one paragraph
 * per unit. Editorial notes (`sic`) live beside the runs, not in them, so they never reach a card.
 */
import type { UnitJson } from '../../schemas/document-tree.ts';
import { plainText } from '../model/runs.ts';
import { headingLine, subtree } from '../model/tree.ts';

/** Source text as a card sets it: NFC, white space collapsed, never reworded. */
export function cardString(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** The unit's own paragraphs: its numbering and heading ("Điều 5. Trách nhiệm…"), then its text. */
function ownParagraphs(unit: UnitJson): string[] {
  return [headingLine(unit), unit.text && plainText(unit.text)].filter((p): p is string => !!p).map(cardString).filter(Boolean);
}

/** The unit's paragraphs followed by its descendants', in document order. */
export function unitParagraphs(unit: UnitJson): string[] {
  return subtree(unit).flatMap(ownParagraphs);
}

/** At most `max` characters of the paragraphs, cut after a whole word and marked "…": a preview's description. */
export function previewText(paragraphs: readonly string[], max: number): string {
  const text = paragraphs.join(' ');
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,;:.]+$/, '')}…`;
}
