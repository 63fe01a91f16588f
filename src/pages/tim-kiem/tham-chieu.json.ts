import type { APIRoute } from 'astro';
import { referenceIndex } from '../../lib/search/reference-index.ts';
import { citationData } from '../../utils/citations.ts';

/** Outlines and document numbers for references typed in the search box (src/lib/search/reference-index.ts). */
export const GET: APIRoute = async () => {
  const { documents, registry } = await citationData();
  return new Response(JSON.stringify(referenceIndex(documents, registry.documents)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
