/**
 * Every image the site publishes, as data a worker thread can receive: which design, and its
 * input. The card endpoints build the same inputs, so what is rendered ahead lands in the cache
 * under the key they look up.
 */
import type { DocumentTree } from '../../schemas/document-tree.ts';
import { routes } from '../routes.ts';
import { cardPng, isCached } from './card.ts';
import { CITATION_DESIGN, type CitationCardInput } from './citation-card.ts';
import { cardUnits, previewUnits } from './coverage.ts';
import { articleOgInput, citationCardInput, documentOgInput } from './inputs.ts';
import { OG_DESIGN, type OgImageInput } from './og-image.ts';

/** One image (plain data, so it can cross to a worker thread): its design, its input, and the document and unit (none: the document's preview) it is of. */
export type CardJob = { slug: string; eId?: string } & ({ design: 'citation'; input: CitationCardInput } | { design: 'og'; input: OgImageInput });

/** A site path (`van-ban/x/#dieu-1`) as the absolute URL a card prints. */
export type AbsoluteUrl = (path: string) => string;

/** The citation cards and link previews of one document. */
export function documentCards(tree: DocumentTree, absolute: AbsoluteUrl): CardJob[] {
  const { meta } = tree;
  const slug = meta.slug;
  return [
    ...cardUnits(tree).map((unit) => ({ slug, eId: unit.eId, design: 'citation' as const, input: citationCardInput(meta, unit, absolute(routes.unit(slug, unit.eId))) })),
    { slug, design: 'og' as const, input: documentOgInput(meta) },
    ...previewUnits(tree).map((unit) => ({ slug, eId: unit.eId, design: 'og' as const, input: articleOgInput(meta, unit) })),
  ];
}

/** The job's PNG, from the cache or rendered into it. */
export function jobPng(job: CardJob): Promise<Uint8Array> {
  return job.design === 'citation' ? cardPng(CITATION_DESIGN, job.input) : cardPng(OG_DESIGN, job.input);
}

/** Whether the job's PNG is already in the cache. */
export function jobCached(job: CardJob): boolean {
  return job.design === 'citation' ? isCached(CITATION_DESIGN, job.input) : isCached(OG_DESIGN, job.input);
}
