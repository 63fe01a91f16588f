/**
 * What a card quotes: a unit's official words and those of everything under it, one paragraph
 * per unit. Editorial notes (`sic`) live beside the runs, not in them, so they never reach a card.
 */
import type { UnitJson } from '../../schemas/document-tree.ts';
import { plainText, type Run } from '../model/runs.ts';

/** Source text as a card sets it: NFC, white space collapsed, never reworded. */
export function cardString(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

function line(runs: readonly Run[] | undefined): string {
  return runs ? cardString(plainText(runs)) : '';
}

/** The unit's own paragraphs: its numbering and heading ("Điều 5. Trách nhiệm…"), then its text. */
function ownParagraphs(unit: UnitJson): string[] {
  const heading = unit.heading ? cardString(`${unit.marker ?? ''} ${line(unit.heading)}`) : '';
  const text = line(unit.text);
  const paragraphs = [heading, text].filter(Boolean);
  // An article written "Điều 2." with no title still opens with its number.
  return paragraphs.length ? paragraphs : unit.marker ? [cardString(unit.marker)] : [];
}

/** The unit's paragraphs followed by its descendants', in document order. */
export function unitParagraphs(unit: UnitJson): string[] {
  return [...ownParagraphs(unit), ...unit.children.flatMap(unitParagraphs)];
}

/** At most `max` characters of the paragraphs, cut after a whole word and marked "…": a preview's description. */
export function previewText(paragraphs: readonly string[], max: number): string {
  const text = paragraphs.join(' ');
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,;:.]+$/, '')}…`;
}
