/**
 * The unit tools on the largest document page (the Quy chế): the JavaScript that runs before any
 * interaction, the DOM elements the page has once it has loaded, Lighthouse's main-thread work
 * and blocking time (mobile profile, 4× CPU slowdown), and what the first use of the tools
 * fetches (the unit facts). `BENCH_DIST=<dir>` measures another build (the one before a change).
 */
import { readFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { headerPolicy, SECURITY_HEADERS } from '../src/lib/site/security-policy.ts';
import { serveStatic } from '../test/support/static-server.ts';
import { pageWeight } from './page-weight.bench.ts';
import type { Bench } from './run.ts';
import { DIST, ensureBuild, gz, kb } from './support.ts';

const PAGE = 'van-ban/quy-che-lam-viec-tinh-uy-dien-bien/';

const bench: Bench = {
  title: 'unit tools on the Quy chế page: JS before interaction, DOM elements, main-thread work (Lighthouse, mobile)',
  async run() {
    const dist = process.env.BENCH_DIST?.replace(/\/?$/, '/') ?? DIST;
    if (dist === DIST) ensureBuild();
    const weight = pageWeight(PAGE, dist);
    console.log(`   JavaScript before interaction (gzip): ${kb(weight.js)}`);
    const facts = `${dist}${PAGE}don-vi.json`;
    try {
      const bytes = readFileSync(facts);
      console.log(`   unit facts fetched on first use: ${kb(bytes.length)} (${kb(gz(bytes))} gzip)`);
    } catch {
      console.log('   unit facts: (none; the page works them out from its ids)');
    }
    const site = await serveStatic(dist, '/', { 'Content-Security-Policy': headerPolicy(), ...SECURITY_HEADERS });
    const chrome = await chromeLauncher.launch({
      chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const runs: Array<{ score: number; dom: number; mainThread: number; script: number; tbt: number }> = [];
      for (let i = 0; i < 3; i++) {
        const result = await lighthouse(`${site.url}${PAGE}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
        const a = result!.lhr.audits;
        runs.push({
          score: Math.round((result!.lhr.categories.performance?.score ?? 0) * 100),
          dom: a['dom-size']?.numericValue ?? 0,
          mainThread: a['mainthread-work-breakdown']?.numericValue ?? 0,
          script: a['bootup-time']?.numericValue ?? 0,
          tbt: a['total-blocking-time']?.numericValue ?? 0,
        });
      }
      const med = (k: keyof (typeof runs)[number]) => runs.map((r) => r[k]).sort((x, y) => x - y)[1]!;
      console.log(`   Lighthouse (median of 3): Performance ${med('score')}, DOM elements ${med('dom')}, main-thread work ${(med('mainThread') / 1000).toFixed(2)} s, script ${(med('script') / 1000).toFixed(2)} s, blocking ${Math.round(med('tbt'))} ms`);
    } finally {
      chrome.kill();
      await site.close();
    }
  },
};

export default bench;
