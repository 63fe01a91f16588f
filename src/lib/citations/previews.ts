/**
 * What a citation's preview on a document page shows of the cited document: its facts as its
 * own page states them, and how often the library cites it (`routes.citedPreviews`).
 */
import type { CatalogEntry } from './catalog.ts';
import { citedFacts } from './facts.ts';

export interface CitedPreview {
  /** Its page: the link a citation in the text points at. */
  page: string;
  name: string;
  facts: { term: string; value: string }[];
  count: number;
  /** How often each library document cites it, in library order. */
  byDocument: { slug: string; shortTitle: string; count: number }[];
}

export function citedPreview(entry: CatalogEntry, shortTitleOf: (slug: string) => string, page: string): CitedPreview {
  return {
    page,
    name: entry.name,
    facts: citedFacts(entry, shortTitleOf).map(({ term, value }) => ({ term, value })),
    count: entry.count,
    byDocument: entry.byDocument.map((g) => ({ slug: g.slug, shortTitle: g.shortTitle, count: g.occurrences.length })),
  };
}
