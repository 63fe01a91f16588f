/** The cards' answers for Astro endpoints: a PNG response, and absolute URLs on the public site. */
import { getCollection } from 'astro:content';
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

/** One static path per chosen unit of every document, with its tree and unit as props. */
export async function unitPaths(pick: (tree: DocumentTree) => UnitJson[]) {
  const structures = await getCollection('structures');
  return structures.flatMap((s) => pick(s.data).map((unit) => ({ params: { slug: s.id, eId: unit.eId }, props: { tree: s.data, unit } })));
}
