import type { APIRoute, GetStaticPaths } from 'astro';
import { jobPng, type CardJob } from '../../../lib/cards/site-cards.ts';
import { cardPaths, pngResponse } from '../../../utils/cards.ts';

/** "Tải thẻ trích dẫn": a 1920×1080 slide card for every unit that has one (src/lib/cards/coverage.ts). */
export const getStaticPaths = (() => cardPaths((job) => job.design === 'citation')) satisfies GetStaticPaths;

export const GET: APIRoute<{ job: CardJob }> = async ({ props: { job } }) => pngResponse(await jobPng(job));
