import type { APIRoute, GetStaticPaths } from 'astro';
import { cardCount, cardPagePng } from '../../../../lib/cards/card.ts';
import { CITATION_DESIGN } from '../../../../lib/cards/citation-card.ts';
import { isCitationJob, type CitationJob } from '../../../../lib/cards/site-cards.ts';
import { cardPaths, pngResponse } from '../../../../utils/cards.ts';

/** The continuation cards ("thẻ 2/3", "thẻ 3/3") of every unit too long for one. */
export const getStaticPaths = (async () => {
  const paths = [];
  for (const first of await cardPaths(isCitationJob)) {
    const count = await cardCount(CITATION_DESIGN, first.props.job.input);
    for (let card = 2; card <= count; card++) paths.push({ params: { ...first.params, card: String(card) }, props: first.props });
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ job: CitationJob }> = async ({ params, props: { job } }) =>
  pngResponse(await cardPagePng(CITATION_DESIGN, job.input, Number(params.card)));
