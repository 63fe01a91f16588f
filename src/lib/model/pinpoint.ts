/**
 * Pinpoint citations: how a trainer cites one unit of a document in a slide or a handout,
 * e.g. "Khoản 4 Điều 2 Quy định số …-QĐ/TU, ngày …/02/2026 của Ban Thường vụ Tỉnh ủy Điện Biên (dự thảo)".
 * Blank fields are said to be blank, never filled in.
 */
import type { DocumentFrontmatter } from '../../schemas/document-meta.ts';
import { formatPartialDate } from './dates.ts';

type CitedMeta = Pick<DocumentFrontmatter, 'type' | 'number' | 'symbol' | 'date' | 'issuer' | 'province' | 'status' | 'title'>;

function issuerName(meta: CitedMeta): string | null {
  if (!meta.issuer) return null;
  return meta.province ? `${meta.issuer} ${meta.province}` : `${meta.issuer} (không ghi tỉnh)`;
}

/** How the whole document is cited. */
export function documentCitation(meta: CitedMeta): string {
  const draft = meta.status === 'du-thao' ? ' (dự thảo)' : '';
  const date = formatPartialDate(meta.date);
  if (meta.symbol) {
    const number = `${meta.type} số ${meta.number ?? '…'}-${meta.symbol}`;
    const when = date ? `, ngày ${date}` : ' (chưa ghi ngày)';
    const issuer = issuerName(meta);
    return `${number}${when}${issuer ? ` của ${issuer}` : ''}${draft}`;
  }
  // Without a number the trích yếu is what identifies the text; the blanks are named.
  const facts = [issuerName(meta), 'chưa ghi số', date ? `ngày ${date}` : 'chưa ghi ngày'].filter(Boolean);
  return `${meta.type} ${meta.title} (${facts.join(', ')})${draft}`;
}

/** "Khoản 4 Điều 2 Quy định số …": the unit's stored label, then the document's citation. */
export function unitCitation(documentCitationText: string, label: string): string {
  return `${label} ${documentCitationText}`;
}

export interface CitationFormats {
  /** What "Trích dẫn" copies: the citation, then the permalink. */
  citation: string;
  /** For handouts: the quoted text, the citation and the link. */
  plain: string;
  /** For Markdown notes and wikis. */
  markdown: string;
}

export function citationFormats(documentCitationText: string, label: string, url: string, quotedText: string): CitationFormats {
  const cite = unitCitation(documentCitationText, label);
  const quote = quotedText.replace(/\s+/g, ' ').trim();
  const mdEscape = (s: string) => s.replace(/([\\`*_[\]<>])/g, '\\$1');
  return {
    citation: `${cite}\n${url}`,
    plain: `“${quote}”\n(${cite})\n${url}`,
    markdown: `> ${mdEscape(quote)}\n\n— [${mdEscape(cite)}](${url})`,
  };
}
