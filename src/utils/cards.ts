/** The cards' answers for Astro endpoints: static paths, a PNG response, and absolute URLs on the public site. */
import { getCollection } from 'astro:content';
import { documentCards, type CardJob } from '../lib/cards/site-cards.ts';
import { href } from './url.ts';

/** A PNG as an endpoint's response. */
export function pngResponse(png: Uint8Array): Response {
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
}

/** A site path (`van-ban/x/`) as an absolute URL on the public origin. */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  return new URL(href(path), site).href;
}

/**
 * One static path per image `pick` keeps, with its job as props: the very inputs the build
 * rendered ahead into the cache (src/integrations/prerender-cards.ts).
 */
export async function cardPaths(pick: (job: CardJob) => boolean) {
  const structures = await getCollection('structures');
  const absolute = (path: string) => absoluteUrl(path, import.meta.env.SITE);
  return structures.flatMap((s) =>
    documentCards(s.data, absolute)
      .filter(pick)
      .map((job) => ({ params: { slug: s.id, ...(job.eId ? { eId: job.eId } : {}) }, props: { job } })),
  );
}
