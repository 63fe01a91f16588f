/**
 * Search: relevance on test/search/queries.json (recall@1, recall@3, MRR at clause level),
 * time to results (first search on a fresh page, then warm; median over runs) and bytes
 * fetched for a first search, typed in the header box of a document page as a reader would.
 * The site is served gzipped, as deploy/nginx.conf serves it.
 */
import { launchBrowser } from '../test/support/browser.ts';
import { rankedClauses, relevanceSet, score, type RelevanceQuery } from '../test/search/evaluate.ts';
import { serveStatic } from '../test/support/static-server.ts';
import type { Bench } from './run.ts';
import { DIST, ensureBuild, kb } from './support.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const bench: Bench = {
  title: 'search: recall@1, recall@3, MRR; time to results, cold and warm; bytes for a first search',
  async run() {
    ensureBuild();
    const site = await serveStatic(DIST);
    const browser = await launchBrowser();
    try {
      const set = relevanceSet();
      const page = await (await browser.newContext()).newPage();
      const results = new Map<RelevanceQuery, string[]>();
      for (const q of set.queries) results.set(q, await rankedClauses(page, site.url, q.q));
      const s = score(results);
      console.log(`   ${set.queries.length} truy vấn, ${[...results.keys()].reduce((n, q) => n + q.expect.length, 0)} đoạn cần tìm`);
      console.log(`   recall@1 ${s.recallAt1.toFixed(3)}   recall@3 ${s.recallAt3.toFixed(3)}   MRR ${s.mrr.toFixed(3)}`);
      for (const miss of s.misses) console.log(`      · trượt: ${miss}`);

      const queries = set.queries.map((q) => q.q);
      const cold: number[] = [];
      const warm: number[] = [];
      const bytes: number[] = [];
      for (let run = 0; run < 5; run++) {
        // No service worker: it would have cached the search files when the page loaded.
        const context = await browser.newContext({ serviceWorkers: 'block' });
        const tab = await context.newPage();
        await tab.goto(`${site.url}van-ban/quy-che-lam-viec-tinh-uy-dien-bien/`, { waitUntil: 'networkidle' });
        // Everything fetched from here on, by the page and by Pagefind's worker: bytes on the wire.
        let fetched = 0;
        context.on('requestfinished', (request) => {
          void request.sizes().then((s) => (fetched += s.responseBodySize + s.responseHeadersSize));
        });
        const timings = async (q: string, n: number) => {
          await tab.locator('#site-search-input').fill(q);
          await tab.waitForFunction((n) => performance.getEntriesByName('so-tay:search').length >= n, n, { timeout: 30_000 });
          return tab.evaluate((n) => performance.getEntriesByName('so-tay:search')[n - 1]!.duration, n);
        };
        await tab.locator('#site-search-input').focus();
        cold.push(await timings(queries[run]!, 1));
        await tab.locator('.search-panel .search-result').first().waitFor();
        await tab.waitForLoadState('networkidle');
        bytes.push(fetched);
        for (let i = 0; i < 8; i++) warm.push(await timings(queries[(run * 8 + i + 5) % queries.length]!, i + 2));
        await context.close();
      }
      console.log(`   lần tìm đầu (tải Pagefind, chỉ mục): trung vị ${median(cold).toFixed(0)} ms  (${cold.map((t) => t.toFixed(0)).join(', ')})`);
      console.log(`   các lần sau: trung vị ${median(warm).toFixed(1)} ms trên ${warm.length} lần`);
      console.log(`   dữ liệu tải cho lần tìm đầu: trung vị ${kb(median(bytes))} (gzip)`);
    } finally {
      await browser.close();
      await site.close();
    }
  },
};

export default bench;
