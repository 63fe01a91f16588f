import type { APIRoute, GetStaticPaths } from 'astro';
import { cardPng } from '../../../lib/cards/card.ts';
import { articleOgInput } from '../../../lib/cards/inputs.ts';
import { OG_DESIGN } from '../../../lib/cards/og-image.ts';
import { shareableUnits } from '../../../lib/model/tree.ts';
import type { DocumentTree, UnitJson } from '../../../schemas/document-tree.ts';
import { pngResponse, unitPaths } from '../../../utils/cards.ts';

/** The link-preview image (1200×630) of every article's share page. */
export const getStaticPaths = (() => unitPaths(shareableUnits)) satisfies GetStaticPaths;

export const GET: APIRoute<{ tree: DocumentTree; unit: UnitJson }> = async ({ props: { tree, unit } }) =>
  pngResponse(await cardPng(OG_DESIGN, articleOgInput(tree.meta, unit)));
