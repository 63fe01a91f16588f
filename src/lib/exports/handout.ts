/**
 * What every export of a collection carries, whatever its format (print, Word, PowerPoint):
 * each saved unit's every word with its bold and italic, its citation, its permalink and the
 * trainer's note, plus what became of the unit since it was saved.
 */
import type { DateStyle } from '../model/pinpoint.ts';
import type { FactParagraph } from '../model/unit-facts.ts';
import type { Collection } from '../notebook/notebook.ts';
import { statusNotice, unitStatus, wordsToUse } from '../notebook/status.ts';
import type { DocumentUnitFacts } from '../model/unit-facts.ts';

export interface HandoutUnit {
  label: string;
  documentTitle: string;
  citation: string;
  /** Absolute URL of the unit on the site. */
  permalink: string;
  paragraphs: FactParagraph[];
  note: string;
  /** Said beside the text when it changed or is gone since it was saved. */
  notice: string | null;
}

export interface Handout {
  title: string;
  /** "12 đơn vị trích từ 3 văn bản · Sổ tay Quy định · 05/12/2026". */
  subtitle: string;
  units: HandoutUnit[];
}

export interface HandoutInput {
  collection: Collection;
  /** Facts of each document its units come from; null when the site no longer has it, missing when unread. */
  facts: ReadonlyMap<string, DocumentUnitFacts | null>;
  /** The permalink of a unit, from its document and eId. */
  permalink: (slug: string, eId: string) => string;
  dateStyle: DateStyle;
  /** Today, as the handout is dated. */
  today: Date;
}

export function handout({ collection, facts, permalink, dateStyle, today }: HandoutInput): Handout {
  const units = collection.units.map((u): HandoutUnit => {
    const status = unitStatus(u, facts.has(u.slug) ? facts.get(u.slug) : undefined);
    return {
      label: u.label,
      documentTitle: u.documentTitle,
      citation: u.citation[dateStyle],
      permalink: permalink(u.slug, u.eId),
      paragraphs: wordsToUse(u, status),
      note: u.note.trim(),
      notice: statusNotice(u, status),
    };
  });
  const documents = new Set(collection.units.map((u) => u.slug)).size;
  const date = `${String(today.getDate()).padStart(2, '0')}/${String(today.getMonth() + 1).padStart(2, '0')}/${today.getFullYear()}`;
  return {
    title: collection.title,
    subtitle: `${units.length} đơn vị trích từ ${documents} văn bản · Sổ tay Quy định · ${date}`,
    units,
  };
}

/** A file name from a collection's title, without diacritics or characters a file system refuses. */
export function exportFileName(title: string, extension: string): string {
  const base = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 80);
  return `${base || 'so-tay'}.${extension}`;
}
