/**
 * First-visit weight of each document page: HTML, CSS and the JavaScript that loads before
 * any interaction (gzipped, as served), fonts (already compressed), and the ratio to the
 * gzipped source text, the floor no page can go under; then the same document's page in the
 * Starlight build (bench/starlight.ts), weighed by the same function, fonts left out of both.
 */
import { readFileSync } from 'node:fs';
import type { Bench } from './run.ts';
import { starlightSite } from './starlight.ts';
import { DIST, ROOT, ensureBuild, gz, kb } from './support.ts';

const DOCUMENTS: Record<string, string> = {
  'quy-dinh-neu-guong-dien-bien': '000_7da3d2be77d90cdf.txt',
  'huong-dan-neu-guong': '001_53aca9755fa8ba25.txt',
  'chi-thi-ky-luat-hanh-chinh-lao-cai': '003_ea6883da93ebe6f8.txt',
  'quy-che-lam-viec-tinh-uy-dien-bien': '004_cdcf607f15aa0d9f.txt',
};

const asset = (url: string, dist = DIST) => `${dist}${url.replace(/^\//, '')}`;

/** A module and everything it imports statically, each counted once. */
function moduleGraph(url: string, seen = new Set<string>(), dist = DIST): Set<string> {
  if (seen.has(url)) return seen;
  seen.add(url);
  const code = readFileSync(asset(url, dist), 'utf8');
  for (const m of code.matchAll(/(?:^|[;\s])import\s*(?:[\w*{}\s,]+from\s*)?["']([^"']+)["']/g)) {
    moduleGraph(new URL(m[1]!, `http://x${url}`).pathname, seen, dist);
  }
  return seen;
}

/** `dist`: another build to weigh (a benchmark comparing before and after). */
export function pageWeight(path: string, dist = DIST) {
  const html = readFileSync(`${dist}${path}index.html`, 'utf8');
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]!);
  const scripts = new Set<string>();
  for (const m of html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)) moduleGraph(m[1]!, scripts, dist);
  const cssFiles = css.map((u) => readFileSync(asset(u, dist), 'utf8'));
  const fonts = new Set(cssFiles.flatMap((c) => [...c.matchAll(/url\(([^)]+\.woff2?)\)/g)].map((m) => m[1]!.replace(/["']/g, ''))));
  return {
    html: gz(html),
    css: cssFiles.reduce((n, c) => n + gz(c), 0),
    js: [...scripts].reduce((n, u) => n + gz(readFileSync(asset(u, dist))), 0),
    fonts: [...fonts].reduce((n, u) => n + readFileSync(asset(u, dist)).length, 0),
  };
}

const bench: Bench = {
  title: 'document pages, first visit: gzipped HTML + CSS + JS, fonts, the ratio to the gzipped source text, and to Starlight',
  async run() {
    ensureBuild();
    const starlight = starlightSite();
    const totals: Record<string, number> = {};
    console.log('   page                                   HTML     CSS      JS       total    fonts    text     total/text');
    for (const [slug, source] of Object.entries(DOCUMENTS)) {
      const w = pageWeight(`van-ban/${slug}/`);
      const text = gz(readFileSync(`${ROOT}content/sources/${source}`));
      const total = (totals[slug] = w.html + w.css + w.js);
      console.log(
        `   ${slug.padEnd(38)} ${kb(w.html).padEnd(8)} ${kb(w.css).padEnd(8)} ${kb(w.js).padEnd(8)} ${kb(total).padEnd(8)} ${kb(w.fonts).padEnd(8)} ${kb(text).padEnd(8)} ${(total / text).toFixed(2)}`,
      );
    }
    console.log('\n   same document in Starlight (no fonts)   HTML     CSS      JS       total    ours     ours/Starlight');
    for (const slug of Object.keys(DOCUMENTS)) {
      if (!starlight.pages.includes(`${slug}/`)) throw new Error(`page-weight: Starlight has no page for ${slug}`);
      const w = pageWeight(`${slug}/`, `${starlight.dist}/`);
      const total = w.html + w.css + w.js;
      console.log(
        `   ${slug.padEnd(38)} ${kb(w.html).padEnd(8)} ${kb(w.css).padEnd(8)} ${kb(w.js).padEnd(8)} ${kb(total).padEnd(8)} ${kb(totals[slug]!).padEnd(8)} ${(totals[slug]! / total).toFixed(2)}`,
      );
    }
  },
};

export default bench;
