/**
 * Every image the site publishes, as data a worker thread can receive: which design, and its
 * input. The card endpoints build the same inputs, so what is rendered ahead lands in the cache
 * under the key they look up.
 */
import type { DocumentTree, UnitJson } from '../../schemas/document-tree.ts';
import { routes } from '../routes.ts';
import { cardCount, cardPagePng, cardPng, isCached, pagesCached } from './card.ts';
import { CITATION_DESIGN, type CitationCardInput } from './citation-card.ts';
import { cardUnits, previewUnits } from './coverage.ts';
import { articleOgInput, citationCardInput, documentOgInput } from './inputs.ts';
import { OG_DESIGN, type OgImageInput } from './og-image.ts';

/** A unit's citation cards (one, or several for a long unit). */
export type CitationJob = { slug: string; eId: string; design: 'citation'; input: CitationCardInput };
/** A link preview: the document's (no eId) or an article's. */
export type PreviewJob = { slug: string; eId?: string; design: 'og'; input: OgImageInput };
/** One unit's or document's images, as plain data so it can cross to a worker thread. */
export type CardJob = CitationJob | PreviewJob;

/** The citation card jobs among a document's images. */
export const isCitationJob = (job: CardJob): job is CitationJob => job.design === 'citation';

/** A site path (`van-ban/x/#dieu-1`) as the address a card prints. */
export type AbsoluteUrl = (path: string) => string;

/** A unit's citation cards, as every card of it and the pages listing them are built. */
export function citationJob(tree: DocumentTree, unit: UnitJson, absolute: AbsoluteUrl): CitationJob {
  const slug = tree.meta.slug;
  return { slug, eId: unit.eId, design: 'citation', input: citationCardInput(tree.meta, unit, absolute(routes.unit(slug, unit.eId))) };
}

/** The citation cards and link previews of one document. */
export function documentCards(tree: DocumentTree, absolute: AbsoluteUrl): CardJob[] {
  const { meta } = tree;
  const slug = meta.slug;
  return [
    ...cardUnits(tree).map((unit) => citationJob(tree, unit, absolute)),
    { slug, design: 'og' as const, input: documentOgInput(meta) },
    ...previewUnits(tree).map((unit) => ({ slug, eId: unit.eId, design: 'og' as const, input: articleOgInput(meta, unit) })),
  ];
}

/** Renders the job into the cache: a preview, or how many cards a quotation takes and each of them. */
export async function renderJob(job: CardJob): Promise<void> {
  if (job.design === 'og') {
    await cardPng(OG_DESIGN, job.input);
    return;
  }
  const count = await cardCount(CITATION_DESIGN, job.input);
  for (let index = 1; index <= count; index++) await cardPagePng(CITATION_DESIGN, job.input, index);
}

/** Whether everything the job renders is already in the cache. */
export function jobCached(job: CardJob): boolean {
  return job.design === 'og' ? isCached(OG_DESIGN, job.input) : pagesCached(CITATION_DESIGN, job.input);
}
