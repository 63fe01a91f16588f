/** The relevance set (test/search/queries.json) through the real search page: recall@3 must not drop. */
import { describe, expect, inject, it } from 'vitest';
import { relevanceSet, rankedClauses, score, type RelevanceQuery } from '../search/evaluate.ts';
import { useBrowser } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('search relevance', () => {
  it('finds every expected clause in the first three results, at least as often as recorded', async () => {
    const set = relevanceSet();
    expect(set.queries.length).toBeGreaterThanOrEqual(40);
    const page = await (await browser().newContext({ locale: 'vi-VN' })).newPage();
    const results = new Map<RelevanceQuery, string[]>();
    for (const query of set.queries) results.set(query, await rankedClauses(page, baseUrl, query.q));
    const scores = score(results);
    console.log(`recall@1 ${scores.recallAt1.toFixed(3)}, recall@3 ${scores.recallAt3.toFixed(3)}, MRR ${scores.mrr.toFixed(3)}`);
    expect(scores.misses, 'clauses not in the top three').toEqual([]);
    expect(scores.recallAt3).toBeGreaterThanOrEqual(set.recorded.recallAt3);
    await page.context().close();
  });
});
