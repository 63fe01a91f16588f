/** The cards' answers for Astro endpoints: a PNG response, the permalink a card prints, the cards' paths. */
import { getCollection } from 'astro:content';
import { cardCount } from '../lib/cards/card.ts';
import { CITATION_DESIGN, type CitationCardInput } from '../lib/cards/citation-card.ts';
import { cardAddress, citationCardInput } from '../lib/cards/inputs.ts';
import { allUnits } from '../lib/model/tree.ts';
import { routes } from '../lib/routes.ts';
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

/** One static path per chosen unit of every document, with its tree and unit as props. */
export async function unitPaths(pick: (tree: DocumentTree) => UnitJson[]) {
  const structures = await getCollection('structures');
  return structures.flatMap((s) => pick(s.data).map((unit) => ({ params: { slug: s.id, eId: unit.eId }, props: { tree: s.data, unit } })));
}

/** A unit's citation card input, as every card of it and the pages listing them build it. */
export function unitCardInput(tree: DocumentTree, unit: UnitJson): CitationCardInput {
  return citationCardInput(tree.meta, unit, cardPermalink(routes.unit(tree.meta.slug, unit.eId)));
}

/** How many citation cards each unit of a document takes, by eId. */
export async function cardCounts(tree: DocumentTree): Promise<Map<string, number>> {
  const units = allUnits(tree);
  const counts = await Promise.all(units.map((unit) => cardCount(CITATION_DESIGN, unitCardInput(tree, unit))));
  return new Map(units.map((u, i) => [u.eId, counts[i]!]));
}
