/**
 * Search: relevance on test/search/queries.json (recall@1, recall@3, MRR at clause level), then
 * the site's header box against Starlight's default search (Pagefind UI, bench/starlight.ts) on
 * the same four documents, in the same run, the same way: a fresh browser context each time
 * (cold cache, service workers blocked), the document page loaded and idle, then
 *
 * - first search: from the search box taking focus (ours: the header box; Starlight: its dialog's
 *   box, opened with its button) to the first result on screen, the query typed with `fill`;
 * - repeat query: another query filled into the same box, from the input event to its first
 *   result on screen;
 * - bytes fetched from focus until the network is idle after the first results.
 *
 * Ours is split into phases by the User Timing marks of src/scripts/search/ and by resource
 * timing (pagefind.js, the WebAssembly, the index chunks, the fragments). Both sites are served
 * gzipped, as deploy/nginx.conf serves ours. Medians over RUNS fresh contexts, interleaved.
 */
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../test/support/browser.ts';
import { rankedClauses, relevanceSet, score, type RelevanceQuery } from '../test/search/evaluate.ts';
import { serveStatic } from '../test/support/static-server.ts';
import type { Bench } from './run.ts';
import { serveStarlight, starlightSite } from './starlight.ts';
import { DIST, ensureBuild, kb } from './support.ts';

const RUNS = 7;
/** One first search per run; found by both sites. */
const FIRST = ['ro nguoi ro viec', 'ke khai tai san thu nhap', 'hoi nghi truc tuyen', 'tiec tung', 'lay phieu tin nhiem', 'ruou bia trong gio lam viec', 'cuoi hoi ma chay'];
/** Then these, in turn, in the same box. */
const REPEAT = ['xe công', 'bien ban hoi nghi', 'du lich nuoc ngoai', 'loi ich nhom', 'chay chuc chay quyen', 'vay mượn tiền tài sản'];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface SearchBox {
  name: string;
  page: string;
  /** The search box. */
  input: string;
  /** The first result, and what it holds once its data is there. */
  result: string;
  ready: string;
  /** Brings the box into focus, as a reader does. */
  focus: (tab: Page) => Promise<void>;
}

const ours = (url: string): SearchBox => ({
  name: 'Sổ tay',
  page: `${url}van-ban/quy-che-lam-viec-tinh-uy-dien-bien/`,
  input: '#site-search-input',
  result: '.search-panel .search-result',
  ready: '.search-result-path',
  focus: (tab) => tab.locator('#site-search-input').focus(),
});

const starlight = (url: string): SearchBox => ({
  name: 'Starlight',
  page: `${url}quy-che-lam-viec-tinh-uy-dien-bien/`,
  input: '#starlight__search input',
  // Pagefind UI draws a placeholder result (class pagefind-ui__loading) until the page's data is in.
  result: '#starlight__search .pagefind-ui__result',
  ready: '.pagefind-ui__result-link',
  focus: async (tab) => {
    // Its button is disabled until Pagefind UI's script has loaded at idle.
    await tab.locator('site-search button[data-open-modal]:not([disabled])').click();
  },
});

/**
 * Arms a probe in the page: `start` on the box's focus (first search) or its next input event
 * (repeat), `end` when a first result that differs from the one on screen now is visible and
 * filled in (checked on every DOM change).
 */
function arm(tab: Page, box: SearchBox, on: 'focusin' | 'input'): Promise<void> {
  return tab.evaluate(
    ({ input, result, ready, on }) => {
      const w = window as unknown as { __probe: { start?: number; end?: number } };
      const before = document.querySelector(result)?.outerHTML;
      const probe: { start?: number; end?: number } = {};
      w.__probe = probe;
      document.addEventListener(
        on,
        (event) => {
          if ((event.target as Element).matches?.(input)) probe.start ??= performance.now();
        },
        { capture: true },
      );
      const observer = new MutationObserver(() => {
        const first = document.querySelector(result);
        if (probe.start === undefined || !first || !first.querySelector(ready) || first.outerHTML === before || !first.checkVisibility()) return;
        probe.end = performance.now();
        observer.disconnect();
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    },
    { input: box.input, result: box.result, ready: box.ready, on },
  );
}

async function probed(tab: Page): Promise<{ start: number; end: number }> {
  await tab.waitForFunction(() => (window as unknown as { __probe: { end?: number } }).__probe.end !== undefined, null, { timeout: 30_000 });
  return tab.evaluate(() => (window as unknown as { __probe: { start: number; end: number } }).__probe);
}

/** Where the first search's time went (ours): marks and resources, in ms from focus. */
interface Phases {
  marks: Record<string, number>;
  resources: Record<string, { end: number; bytes: number; count: number }>;
}

const KINDS: Array<[string, RegExp]> = [
  ['site search code', /\/_astro\/.*(header|engine|search)[^/]*\.js$/],
  ['pagefind.js', /\/pagefind\/pagefind\.js$/],
  ['pagefind-entry.json', /\/pagefind\/pagefind-entry\.json/],
  ['meta (.pf_meta)', /\.pf_meta$/],
  ['wasm', /\/pagefind\/wasm\.[^/]+$/],
  ['index chunks', /\/pagefind\/index\/.*\.pf_index$/],
  ['filter chunks', /\/pagefind\/filter\/.*\.pf_filter$/],
  ['fragments', /\/pagefind\/fragment\/.*\.pf_fragment$/],
  ['Pagefind UI', /pagefind-ui|ui-core/],
];

function phases(tab: Page, from: number): Promise<Phases> {
  return tab.evaluate(
    ({ from, kinds }) => {
      const marks: Record<string, number> = {};
      for (const m of performance.getEntriesByType('mark')) if (m.name.startsWith('so-tay:') && marks[m.name] === undefined && m.startTime >= from - 50) marks[m.name] = m.startTime - from;
      const resources: Record<string, { end: number; bytes: number; count: number }> = {};
      for (const r of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
        const kind = kinds.find(([, re]) => new RegExp(re).test(new URL(r.name).pathname))?.[0];
        if (!kind) continue;
        const k = (resources[kind] ??= { end: -Infinity, bytes: 0, count: 0 });
        k.end = Math.max(k.end, r.responseEnd - from);
        k.bytes += r.transferSize;
        k.count++;
      }
      return { marks, resources };
    },
    { from, kinds: KINDS.map(([k, re]) => [k, re.source] as [string, string]) },
  );
}

interface Run {
  first: number;
  repeat: number[];
  /** Ours: from the input event to the search starting (the debounce), per repeat query. */
  wait: number[];
  bytes: number;
  phases: Phases;
}

async function measure(browser: Browser, box: SearchBox, run: number): Promise<Run> {
  const context = await browser.newContext({ serviceWorkers: 'block', locale: 'vi-VN', viewport: { width: 1280, height: 900 } });
  try {
    const tab = await context.newPage();
    await tab.goto(box.page, { waitUntil: 'networkidle' });
    let counting = false;
    let bytes = 0;
    context.on('requestfinished', (request) => {
      if (!counting) return;
      void request.sizes().then((s) => (bytes += s.responseBodySize + s.responseHeadersSize));
    });
    await arm(tab, box, 'focusin');
    counting = true;
    await box.focus(tab);
    await tab.locator(box.input).fill(FIRST[run % FIRST.length]!);
    const first = await probed(tab);
    await tab.waitForLoadState('networkidle');
    const spent = bytes;
    const split = await phases(tab, first.start);
    const repeat: number[] = [];
    const wait: number[] = [];
    for (let i = 0; i < 4; i++) {
      await arm(tab, box, 'input');
      await tab.locator(box.input).fill(REPEAT[(run * 4 + i) % REPEAT.length]!);
      const t = await probed(tab);
      repeat.push(t.end - t.start);
      const query = await tab.evaluate((start) => performance.getEntriesByName('so-tay:query').find((m) => m.startTime >= start)?.startTime, t.start);
      if (query !== undefined) wait.push(query - t.start);
    }
    return { first: first.end - first.start, repeat, wait, bytes: spent, phases: split };
  } finally {
    await context.close();
  }
}

function printPhases(runs: Run[]): void {
  const wait = runs.flatMap((r) => r.wait);
  if (wait.length) console.log(`   Sổ tay, tìm lại: chờ từ lúc gõ đến lúc bắt đầu tìm (debounce) trung vị ${median(wait).toFixed(0)} ms`);
  const marks = new Set(runs.flatMap((r) => Object.keys(r.phases.marks)));
  const at = (name: string) => median(runs.map((r) => r.phases.marks[name]).filter((x): x is number => x !== undefined));
  console.log('   Sổ tay, lần tìm đầu theo giai đoạn (ms từ lúc ô tìm nhận focus, trung vị):');
  for (const name of [...marks].sort((a, b) => at(a) - at(b))) console.log(`      ${name.padEnd(28)} ${at(name).toFixed(0).padStart(5)}`);
  for (const [kind] of KINDS) {
    const seen = runs.map((r) => r.phases.resources[kind]).filter((x) => x !== undefined);
    if (!seen.length) continue;
    console.log(
      `      tải xong ${kind.padEnd(19)} ${median(seen.map((x) => x.end)).toFixed(0).padStart(5)}   (${median(seen.map((x) => x.count))} tệp, ${kb(median(seen.map((x) => x.bytes)))})`,
    );
  }
}

const bench: Bench = {
  title: 'search: recall@1, recall@3, MRR; first and repeat search and bytes, side by side with Starlight',
  async run() {
    ensureBuild();
    const site = await serveStatic(DIST);
    const other = await serveStarlight(starlightSite());
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
      await page.context().close();

      const boxes = [ours(site.url), starlight(other.url)];
      const runs = new Map<string, Run[]>(boxes.map((b) => [b.name, []]));
      // Interleaved, so that both sites share whatever else the machine is doing.
      for (let run = 0; run < RUNS; run++) for (const box of boxes) runs.get(box.name)!.push(await measure(browser, box, run));
      const summary = boxes.map((box) => {
        const r = runs.get(box.name)!;
        return { name: box.name, first: r.map((x) => x.first), repeat: r.flatMap((x) => x.repeat), bytes: r.map((x) => x.bytes) };
      });
      for (const x of summary) {
        console.log(`   ${x.name.padEnd(10)} lần tìm đầu: trung vị ${median(x.first).toFixed(0)} ms (${x.first.map((t) => t.toFixed(0)).join(', ')})`);
        console.log(`   ${''.padEnd(10)} tìm lại:     trung vị ${median(x.repeat).toFixed(0)} ms trên ${x.repeat.length} lần (${Math.min(...x.repeat).toFixed(0)}–${Math.max(...x.repeat).toFixed(0)})`);
        console.log(`   ${''.padEnd(10)} dữ liệu tải cho lần tìm đầu: trung vị ${kb(median(x.bytes))}`);
      }
      const [a, b] = summary as [(typeof summary)[0], (typeof summary)[0]];
      console.log(
        `   tỉ lệ Sổ tay / Starlight: lần đầu ${(median(a.first) / median(b.first)).toFixed(2)}×, tìm lại ${(median(a.repeat) / median(b.repeat)).toFixed(2)}×, dữ liệu ${(median(a.bytes) / median(b.bytes)).toFixed(2)}×`,
      );
      printPhases(runs.get(boxes[0]!.name)!);
    } finally {
      await browser.close();
      await site.close();
      await other.close();
    }
  },
};

export default bench;
