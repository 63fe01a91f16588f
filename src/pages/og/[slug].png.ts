import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { cardPng } from '../../lib/cards/card.ts';
import { documentOgInput } from '../../lib/cards/inputs.ts';
import { OG_DESIGN } from '../../lib/cards/og-image.ts';
import type { DocumentTree } from '../../schemas/document-tree.ts';
import { pngResponse } from '../../utils/cards.ts';

/** The link-preview image (1200×630) of every document page. */
export const getStaticPaths = (async () => {
  const structures = await getCollection('structures');
  return structures.map((s) => ({ params: { slug: s.id }, props: { tree: s.data } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ tree: DocumentTree }> = async ({ props: { tree } }) => pngResponse(await cardPng(OG_DESIGN, documentOgInput(tree.meta)));
