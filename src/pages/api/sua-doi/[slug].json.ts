/** The amendments a text marks, as JSON: `/api/sua-doi/<slug>.json`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { amendmentView } from '../../../lib/compare/amendments.ts';
import type { DocumentTree } from '../../../schemas/document-tree.ts';

export const getStaticPaths = (async () => {
  const structures = await getCollection('structures');
  return structures.filter((s) => s.data.meta.replaces.some((r) => r.amendmentsMarked)).map((s) => ({ params: { slug: s.data.meta.slug }, props: { tree: s.data } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const tree = (props as { tree: DocumentTree }).tree;
  const { amendments, articles, totals } = amendmentView(tree);
  return new Response(JSON.stringify({ slug: tree.meta.slug, totals, articles, amendments }, null, 1), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
