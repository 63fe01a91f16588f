/** Each comparison as JSON, for tests and other tools: `/api/so-sanh/<a>--<b>.json`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Comparison, ComparisonPair } from '../../../lib/compare/comparisons.ts';
import { pairKey } from '../../../lib/routes.ts';
import { comparisonLibrary } from '../../../utils/comparisons.ts';

export const getStaticPaths = (async () => {
  const library = await comparisonLibrary();
  return library.pairs.map((pair) => ({ params: { pair: pairKey(pair.a, pair.b) }, props: { pair } }));
}) satisfies GetStaticPaths;

/** Passages without the sub-unit text and the reading used only to align them. */
function forJson(comparison: Comparison): unknown {
  if (comparison.kind === 'phien-ban') return comparison;
  const strip = (passages: typeof comparison.a) => passages.map(({ subtree: _, reading: __, ...p }) => p);
  return { ...comparison, a: strip(comparison.a), b: strip(comparison.b) };
}

export const GET: APIRoute = async ({ props }) => {
  const comparison = (await comparisonLibrary()).comparison((props as { pair: ComparisonPair }).pair);
  return new Response(JSON.stringify(forJson(comparison), null, 1), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
