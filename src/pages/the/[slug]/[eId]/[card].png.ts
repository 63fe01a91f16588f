import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { cardPagePng } from '../../../../lib/cards/card.ts';
import { CITATION_DESIGN } from '../../../../lib/cards/citation-card.ts';
import { cardUnits } from '../../../../lib/cards/coverage.ts';
import type { DocumentTree, UnitJson } from '../../../../schemas/document-tree.ts';
import { cardCounts, pngResponse, unitCardInput } from '../../../../utils/cards.ts';

/** The continuation cards ("thẻ 2/3", "thẻ 3/3") of every unit too long for one. */
export const getStaticPaths = (async () => {
  const paths = [];
  for (const s of await getCollection('structures')) {
    const counts = await cardCounts(s.data);
    for (const unit of cardUnits(s.data))
      for (let card = 2; card <= counts.get(unit.eId)!; card++) paths.push({ params: { slug: s.id, eId: unit.eId, card: String(card) }, props: { tree: s.data, unit } });
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ tree: DocumentTree; unit: UnitJson }> = async ({ params, props: { tree, unit } }) =>
  pngResponse(await cardPagePng(CITATION_DESIGN, unitCardInput(tree, unit), Number(params.card)));
