import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import type { DocumentTree } from '../../../schemas/document-tree.ts';

/** One document's full structure: every unit with its eId, Akoma Ntoso eId, label and text. */
export const getStaticPaths = (async () => {
  const structures = await getCollection('structures');
  return structures.map((s) => ({ params: { slug: s.id }, props: { tree: s.data } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ tree: DocumentTree }> = ({ props }) =>
  new Response(`${JSON.stringify(props.tree, null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
