import type { APIRoute, GetStaticPaths } from 'astro';
import { jobPng, type CardJob } from '../../../lib/cards/site-cards.ts';
import { cardPaths, pngResponse } from '../../../utils/cards.ts';

/** The link-preview image (1200×630) of an article's share page, where it has its own (src/lib/cards/coverage.ts). */
export const getStaticPaths = (() => cardPaths((job) => job.design === 'og' && !!job.eId)) satisfies GetStaticPaths;

export const GET: APIRoute<{ job: CardJob }> = async ({ props: { job } }) => pngResponse(await jobPng(job));
