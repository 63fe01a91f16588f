import type { APIRoute } from 'astro';
import { citedPreview } from '../../lib/citations/previews.ts';
import { routes } from '../../lib/routes.ts';
import { citationData } from '../../utils/citations.ts';
import { href } from '../../utils/url.ts';

/** Every cited document as a citation's preview shows it; kept offline with the pages. */
export const GET: APIRoute = async () => {
  const { catalog, shortTitleOf } = await citationData();
  const cited = catalog.entries.map((entry) => citedPreview(entry, shortTitleOf, href(routes.cited(entry.doc.id))));
  return new Response(JSON.stringify({ cited }), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
