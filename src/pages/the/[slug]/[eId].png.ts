import type { APIRoute, GetStaticPaths } from 'astro';
import { cardPagePng } from '../../../lib/cards/card.ts';
import { CITATION_DESIGN } from '../../../lib/cards/citation-card.ts';
import { allUnits } from '../../../lib/model/tree.ts';
import type { DocumentTree, UnitJson } from '../../../schemas/document-tree.ts';
import { pngResponse, unitCardInput, unitPaths } from '../../../utils/cards.ts';

/** "Tải thẻ trích dẫn": the first (often the only) 1920×1080 slide card of every unit. */
export const getStaticPaths = (() => unitPaths(allUnits)) satisfies GetStaticPaths;

export const GET: APIRoute<{ tree: DocumentTree; unit: UnitJson }> = async ({ props: { tree, unit } }) =>
  pngResponse(await cardPagePng(CITATION_DESIGN, unitCardInput(tree, unit), 1));
