/**
 * Runs the relevance set through the site's own search page in Chromium and scores it.
 * Shared by the relevance test and `npm run bench -- search`.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

export interface RelevanceQuery {
  q: string;
  kind: string;
  expect: Array<[slug: string, eId: string]>;
}

export interface RelevanceSet {
  queries: RelevanceQuery[];
  recorded: { recallAt3: number };
}

export function relevanceSet(): RelevanceSet {
  return JSON.parse(readFileSync(new URL('./queries.json', import.meta.url), 'utf8')) as RelevanceSet;
}

/** The clause results the search page shows for a query, as "slug#eId", best first. */
export async function rankedClauses(page: Page, baseUrl: string, query: string): Promise<string[]> {
  await page.goto(`${baseUrl}tim-kiem/?q=${encodeURIComponent(query)}`);
  const status = page.locator('.search-page-results .search-status');
  await status.filter({ hasText: /đoạn khớp|Không tìm thấy/ }).waitFor({ timeout: 20_000 });
  // Clause-level relevance: a document a number names (shown first, "QĐ 08") is not a clause.
  const hrefs = await page.locator('.search-page-results a.search-result:not([data-kind=document])').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((href) => {
    const url = new URL(href, 'http://x');
    const slug = url.pathname.split('/').filter(Boolean).at(-1) ?? '';
    return `${slug}#${url.hash.slice(1)}`;
  });
}

export interface Scores {
  /** Share of expected clauses ranked first. */
  recallAt1: number;
  /** Share of expected clauses in the first three. */
  recallAt3: number;
  /** Mean over queries of 1 / rank of the best-ranked expected clause. */
  mrr: number;
  misses: string[];
}

export function score(results: Map<RelevanceQuery, string[]>): Scores {
  let expected = 0;
  let at1 = 0;
  let at3 = 0;
  let reciprocal = 0;
  const misses: string[] = [];
  for (const [query, ranked] of results) {
    const ranks = query.expect.map(([slug, eId]) => ranked.indexOf(`${slug}#${eId}`) + 1);
    ranks.forEach((rank, i) => {
      expected++;
      if (rank === 1) at1++;
      if (rank >= 1 && rank <= 3) at3++;
      else misses.push(`${query.q} → ${query.expect[i]!.join('#')} (hạng ${rank || 'không có'}; đứng đầu: ${ranked.slice(0, 3).join(', ')})`);
    });
    const best = Math.min(...ranks.filter((r) => r > 0));
    reciprocal += Number.isFinite(best) ? 1 / best : 0;
  }
  return { recallAt1: at1 / expected, recallAt3: at3 / expected, mrr: reciprocal / results.size, misses };
}
