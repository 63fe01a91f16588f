/** The cards' answers for Astro endpoints: a PNG response, the permalink a card prints, the cards' paths. */
import { getCollection } from 'astro:content';
import { cardCount } from '../lib/cards/card.ts';
import { CITATION_DESIGN, type CitationCardInput } from '../lib/cards/citation-card.ts';
import { cardUnits } from '../lib/cards/coverage.ts';
import { cardAddress } from '../lib/cards/inputs.ts';
import { citationJob, documentCards, type CardJob } from '../lib/cards/site-cards.ts';
import type { DocumentTree, UnitJson } from '../schemas/document-tree.ts';
import { href } from './url.ts';

/** A PNG as an endpoint's response. */
export function pngResponse(png: Uint8Array): Response {
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
}

/** A site path (`van-ban/x/`) as an absolute URL on the public origin. */
export function absoluteUrl(path: string, site: URL | undefined): string {
  return new URL(href(path), site).href;
}

let warned = false;

/** The address a card prints (cardAddress); the build says once that `SITE_URL` is unset. */
export function cardPermalink(path: string): string {
  if (!process.env.SITE_URL && !warned) {
    warned = true;
    console.warn('SITE_URL chưa đặt: thẻ trích dẫn in tên trang và đường dẫn (“Sổ tay Quy định · /van-ban/…”) thay cho địa chỉ đầy đủ.');
  }
  return cardAddress(href(path), process.env.SITE_URL);
}

/**
 * One static path per image `pick` keeps, with its job as props: the very inputs the build
 * rendered ahead into the cache (src/integrations/prerender-cards.ts).
 */
export async function cardPaths<Job extends CardJob>(pick: (job: CardJob) => job is Job) {
  const structures = await getCollection('structures');
  return structures.flatMap((s) =>
    documentCards(s.data, cardPermalink)
      .filter(pick)
      .map((job) => ({ params: { slug: s.id, ...(job.eId ? { eId: job.eId } : {}) }, props: { job } })),
  );
}

/** A unit's citation card input (`citationJob`), with the address the endpoints print. */
export function unitCardInput(tree: DocumentTree, unit: UnitJson): CitationCardInput {
  return citationJob(tree, unit, cardPermalink).input;
}

/** How many citation cards each unit of a document that has them takes, by eId (src/lib/cards/coverage.ts). */
export async function cardCounts(tree: DocumentTree): Promise<Map<string, number>> {
  const units = cardUnits(tree);
  const counts = await Promise.all(units.map((unit) => cardCount(CITATION_DESIGN, unitCardInput(tree, unit))));
  return new Map(units.map((u, i) => [u.eId, counts[i]!]));
}
