import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { documentUnitFacts } from '../../../lib/model/unit-facts.ts';
import type { DocumentTree } from '../../../schemas/document-tree.ts';
import { cardCounts } from '../../../utils/cards.ts';

/** The unit facts of one document (src/lib/model/unit-facts.ts): fetched when a reader first uses the unit tools. */
export const getStaticPaths = (async () => {
  const structures = await getCollection('structures');
  return structures.map((s) => ({ params: { slug: s.id }, props: { tree: s.data } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ tree: DocumentTree }> = async ({ props }) =>
  new Response(JSON.stringify(documentUnitFacts(props.tree, await cardCounts(props.tree))), { headers: { 'content-type': 'application/json; charset=utf-8' } });
