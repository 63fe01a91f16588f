import type { APIRoute, GetStaticPaths } from 'astro';
import { cardPng } from '../../../lib/cards/card.ts';
import { CITATION_DESIGN } from '../../../lib/cards/citation-card.ts';
import { citationCardInput } from '../../../lib/cards/inputs.ts';
import { routes } from '../../../lib/routes.ts';
import { allUnits } from '../../../lib/model/tree.ts';
import type { DocumentTree, UnitJson } from '../../../schemas/document-tree.ts';
import { absoluteUrl, pngResponse, unitPaths } from '../../../utils/cards.ts';

/** "Tải thẻ trích dẫn": a 1920×1080 slide card for every unit that has the tools. */
export const getStaticPaths = (() => unitPaths(allUnits)) satisfies GetStaticPaths;

export const GET: APIRoute<{ tree: DocumentTree; unit: UnitJson }> = async ({ props: { tree, unit }, site }) => {
  const permalink = absoluteUrl(routes.unit(tree.meta.slug, unit.eId), site);
  return pngResponse(await cardPng(CITATION_DESIGN, citationCardInput(tree.meta, unit, permalink)));
};
