/**
 * schema.org `Legislation` for a document page, from its metadata only: what the text does
 * not say is left out, never guessed.
 */
import type { DocumentFrontmatter, DocumentStatusValue } from '../../schemas/document-meta.ts';
import { documentCitation } from './pinpoint.ts';

export interface LegislationJsonLd {
  '@context': 'https://schema.org';
  '@type': 'Legislation';
  [key: string]: unknown;
}

function isoDate(date: DocumentFrontmatter['date']): string | undefined {
  if (!date?.year) return undefined;
  if (!date.month) return String(date.year);
  const mm = String(date.month).padStart(2, '0');
  return date.day ? `${date.year}-${mm}-${String(date.day).padStart(2, '0')}` : `${date.year}-${mm}`;
}

/** schema.org's LegalForceStatus for each status; "không rõ" says nothing rather than guess. */
const LEGAL_FORCE: Record<DocumentStatusValue, string | undefined> = {
  'du-thao': 'https://schema.org/NotInForce',
  'co-hieu-luc': 'https://schema.org/InForce',
  'het-hieu-luc': 'https://schema.org/NotInForce',
  'bi-thay-the': 'https://schema.org/NotInForce',
  'khong-ro': undefined,
};

export function legislationJsonLd(meta: DocumentFrontmatter, url: string): LegislationJsonLd {
  const ld: LegislationJsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    name: `${meta.type} ${meta.title}`,
    alternateName: meta.shortTitle,
    description: documentCitation(meta),
    url,
    inLanguage: 'vi',
    legislationType: meta.type,
  };
  if (meta.symbol) ld.legislationIdentifier = `${meta.number ?? '…'}-${meta.symbol}`;
  const date = isoDate(meta.date);
  if (date) ld.legislationDate = date;
  const force = LEGAL_FORCE[meta.status.value];
  if (force) ld.legislationLegalForce = force;
  if (meta.province) {
    ld.legislationJurisdiction = { '@type': 'AdministrativeArea', name: `tỉnh ${meta.province}`, containedInPlace: { '@type': 'Country', name: 'Việt Nam' } };
  }
  if (meta.issuer) {
    ld.legislationPassedBy = { '@type': 'Organization', name: meta.province ? `${meta.issuer} ${meta.province}` : meta.issuer };
  }
  if (meta.replaces.length) {
    ld.legislationChanges = meta.replaces.map((r) => ({ '@type': 'Legislation', name: r.label }));
  }
  return ld;
}

/** JSON safe to put inside a <script> element: no "</script>" can close it early. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
