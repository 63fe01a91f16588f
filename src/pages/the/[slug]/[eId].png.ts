import type { APIRoute, GetStaticPaths } from 'astro';
import { cardPagePng } from '../../../lib/cards/card.ts';
import { CITATION_DESIGN } from '../../../lib/cards/citation-card.ts';
import { isCitationJob, type CitationJob } from '../../../lib/cards/site-cards.ts';
import { cardPaths, pngResponse } from '../../../utils/cards.ts';

/** "Tải thẻ trích dẫn": the first (often the only) 1920×1080 slide card of every unit that has one (src/lib/cards/coverage.ts). */
export const getStaticPaths = (() => cardPaths(isCitationJob)) satisfies GetStaticPaths;

export const GET: APIRoute<{ job: CitationJob }> = async ({ props: { job } }) => pngResponse(await cardPagePng(CITATION_DESIGN, job.input, 1));
