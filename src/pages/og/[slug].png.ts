import type { APIRoute, GetStaticPaths } from 'astro';
import { cardPng } from '../../lib/cards/card.ts';
import { OG_DESIGN } from '../../lib/cards/og-image.ts';
import type { CardJob, PreviewJob } from '../../lib/cards/site-cards.ts';
import { cardPaths, pngResponse } from '../../utils/cards.ts';

/** The link-preview image (1200×630) of every document page. */
export const getStaticPaths = (() => cardPaths((job: CardJob): job is PreviewJob => job.design === 'og' && !job.eId)) satisfies GetStaticPaths;

export const GET: APIRoute<{ job: PreviewJob }> = async ({ props: { job } }) => pngResponse(await cardPng(OG_DESIGN, job.input));
