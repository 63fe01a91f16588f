import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { byNewest } from '../../lib/model/library.ts';
import { documentCitation } from '../../lib/model/pinpoint.ts';
import { href } from '../../utils/url.ts';
import { routes } from '../../lib/routes.ts';

/** The library as data: every document's metadata, its citation and where its full structure is. */
export const GET: APIRoute = async () => {
  const documents = byNewest(await getCollection('documents')).map(({ data }) => ({
    ...data,
    citation: documentCitation(data),
    page: href(routes.document(data.slug)),
    structure: href(routes.api.document(data.slug)),
  }));
  return new Response(`${JSON.stringify({ documents }, null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
