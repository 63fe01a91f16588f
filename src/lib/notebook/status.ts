/**
 * What became of a saved unit since it was saved: the same words, changed words (a re-import
 * changed the text: both are shown), or gone from the text (its saved words are kept and shown).
 */
import { unitParagraphs, type DocumentUnitFacts, type FactParagraph } from '../model/unit-facts.ts';
import type { SavedUnit } from './notebook.ts';

export type UnitStatus =
  | { kind: 'same'; current: FactParagraph[] }
  | { kind: 'changed'; current: FactParagraph[] }
  /** The document no longer has this unit, or the site no longer has the document. */
  | { kind: 'missing' }
  /** The document's facts could not be read (offline before the site was ever opened): the saved words are shown. */
  | { kind: 'unknown' };

/** `facts` is null when the site has no such document, undefined when it could not be read. */
export function unitStatus(saved: SavedUnit, facts: DocumentUnitFacts | null | undefined): UnitStatus {
  if (facts === undefined) return { kind: 'unknown' };
  const index = facts?.units.findIndex((u) => u.id === saved.eId) ?? -1;
  if (!facts || index < 0) return { kind: 'missing' };
  const current = unitParagraphs(facts, index);
  return facts.units[index]!.hash === saved.hash ? { kind: 'same', current } : { kind: 'changed', current };
}

/** The words to print or export: the current official text when there is one, else the saved words. */
export function wordsToUse(saved: SavedUnit, status: UnitStatus): FactParagraph[] {
  return status.kind === 'same' || status.kind === 'changed' ? status.current : saved.paragraphs;
}

/** What an entry, a handout or a slide says about the status; nothing for an unchanged unit. */
export function statusNotice(saved: SavedUnit, status: UnitStatus): string | null {
  const date = saved.savedAt.slice(0, 10).split('-').reverse().join('/');
  switch (status.kind) {
    case 'same':
      return null;
    case 'changed':
      return `Văn bản đã được cập nhật sau khi lưu (ngày ${date}): đây là chữ hiện hành.`;
    case 'missing':
      return `Đơn vị này không còn trong văn bản: đây là chữ đã lưu ngày ${date}.`;
    case 'unknown':
      return `Chưa kiểm tra được với văn bản hiện hành: đây là chữ đã lưu ngày ${date}.`;
  }
}
