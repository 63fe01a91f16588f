/**
 * Pinpoint citations: how a trainer cites one unit of a document in a slide or a handout,
 * e.g. "Khoản 4 Điều 2 Quy định số …-QĐ/TU, ngày …/02/2026 của Ban Thường vụ Tỉnh ủy Điện Biên (dự thảo)".
 * What the text leaves blank stays a blank ("…"), never filled in and never explained inside
 * the citation: the facts panel says what is missing.
 */
import type { DocumentFrontmatter } from '../../schemas/document-meta.ts';
import { citationDate, type DateStyle } from './dates.ts';

export type { DateStyle };

type CitedMeta = Pick<DocumentFrontmatter, 'type' | 'number' | 'symbol' | 'date' | 'issuer' | 'province' | 'status' | 'title'>;

/** How the whole document is cited, with its date as the texts write dates or in full. */
export function documentCitation(meta: CitedMeta, style: DateStyle = 'written'): string {
  const draft = meta.status.value === 'du-thao' ? ' (dự thảo)' : '';
  const date = citationDate(meta.date, style);
  const issuer = meta.issuer ? ` của ${meta.issuer} ${meta.province ?? '…'}` : '';
  if (meta.symbol) return `${meta.type} số ${meta.number ?? '…'}-${meta.symbol}, ${date}${issuer}${draft}`;
  // Without a số hiệu the trích yếu is what identifies the text; its number is a blank.
  return `${meta.type} ${meta.title}, số …, ${date}${issuer}${draft}`;
}

/** "Khoản 4 Điều 2 Quy định số …": the unit's stored label, then the document's citation. */
export function unitCitation(documentCitationText: string, label: string): string {
  return `${label} ${documentCitationText}`;
}

export interface CitationForms {
  /** What "Trích dẫn" copies: the citation, then the permalink. */
  citation: string;
  /** For handouts: the quoted words, the citation and the link. */
  withText: string;
}

/** The two things "Trích dẫn" copies for one unit, from its citation, permalink and words. */
export function citationForms(unitCitationText: string, url: string, quotedText: string): CitationForms {
  const quote = quotedText.replace(/\s+/g, ' ').trim();
  return { citation: `${unitCitationText}\n${url}`, withText: `“${quote}”\n(${unitCitationText})\n${url}` };
}
