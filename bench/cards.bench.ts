/**
 * Citation cards and Open Graph images: how many, how long each takes to render (median, by
 * stage), how many bytes (palette PNG against resvg's own RGBA PNG), what a cache hit costs,
 * and what pre-rendering every unit costs against articles only. The figures behind the
 * per-unit decision in README.md.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { cacheStats } from '../src/lib/cards/cache.ts';
import { cardPng, layOut, type CardDesign } from '../src/lib/cards/card.ts';
import { shareableUnits } from '../src/lib/model/tree.ts';
import { cardSvg, encodePng, layoutStats, rasterize } from '../src/lib/cards/render.ts';
import { citationCards, ogImages, TREES, type CardCase } from '../test/support/cards.ts';
import type { Bench } from './run.ts';
import { DIST, kb } from './support.ts';

interface Measured {
  name: string;
  ms: number;
  stages: number[];
  bytes: number;
  rgbaBytes: number;
  /** Words left out for "…xem toàn văn". */
  shortened: boolean;
  fontSize: number;
  /** satori layouts the fitting took. */
  layouts: number;
  /** CPU milliseconds (user + system) of the whole render. */
  cpuMs: number;
}

const middle = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Renders one card stage by stage, timing each. */
async function measure<Input>(card: CardCase<Input>): Promise<Measured> {
  const design = card.design as CardDesign<Input>;
  const layouts = layoutStats.measured;
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const { element, fitted } = await layOut(design, card.input);
  const t1 = performance.now();
  const svg = await cardSvg(element, design.size);
  const t2 = performance.now();
  const image = rasterize(svg);
  const t3 = performance.now();
  const png = encodePng(image);
  const t4 = performance.now();
  const { user, system } = process.cpuUsage(cpu);
  const rgbaBytes = new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng().length;
  return { name: card.name, ms: t4 - t0, stages: [t1 - t0, t2 - t1, t3 - t2, t4 - t3], bytes: png.length, rgbaBytes, shortened: fitted.shortened, fontSize: fitted.fontSize, layouts: layoutStats.measured - layouts, cpuMs: (user + system) / 1000 };
}

function report(label: string, rows: Measured[]): void {
  const total = rows.reduce((n, r) => n + r.bytes, 0);
  const rgba = rows.reduce((n, r) => n + r.rgbaBytes, 0);
  const stage = (i: number) => middle(rows.map((r) => r.stages[i]!)).toFixed(0);
  const sum = (f: (r: Measured) => number) => rows.reduce((n, r) => n + f(r), 0);
  console.log(
    `   ${label}: ${rows.length} images, ${middle(rows.map((r) => r.ms)).toFixed(0)} ms/image median ` +
      `(fit ${stage(0)}, svg ${stage(1)}, raster ${stage(2)}, png ${stage(3)}), total ${(sum((r) => r.ms) / 1000).toFixed(1)} s, CPU ${(sum((r) => r.cpuMs) / 1000).toFixed(1)} s; ` +
      `${sum((r) => r.layouts)} satori layouts to fit; ` +
      `${mb(total)} palette PNG (${kb(total / rows.length)} each) against ${mb(rgba)} as resvg's RGBA PNG (−${(100 - (100 * total) / rgba).toFixed(0)} %); ` +
      `${rows.filter((r) => r.shortened).length} shortened ("…xem toàn văn"), type ${middle(rows.map((r) => r.fontSize))} px median`,
  );
}

function folderBytes(dir: string): { files: number; bytes: number } {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return { files: files.length, bytes: files.reduce((n, e) => n + statSync(join(e.parentPath, e.name)).size, 0) };
}

const bench: Bench = {
  title: 'cards: images rendered, ms per image (median), bytes; every unit against articles only; cache hits',
  async run() {
    const cards: Measured[] = [];
    const og: Measured[] = [];
    const articles = new Set(TREES.flatMap((t) => shareableUnits(t).map((u) => `the/${t.meta.slug}/${u.eId}`)));
    for (const tree of TREES) {
      for (const card of citationCards(tree)) cards.push(await measure(card));
      for (const image of ogImages(tree)) og.push(await measure(image));
    }
    report('citation cards, every unit', cards);
    report('citation cards, articles only', cards.filter((c) => articles.has(c.name)));
    report('Open Graph images', og);
    const all = [...cards, ...og];
    console.log(
      `   all: ${all.length} images, ${(all.reduce((n, r) => n + r.ms, 0) / 1000).toFixed(1)} s to render cold (CPU ${(all.reduce((n, r) => n + r.cpuMs, 0) / 1000).toFixed(1)} s), ` +
        `${all.reduce((n, r) => n + r.layouts, 0)} satori layouts to fit, ${mb(all.reduce((n, r) => n + r.bytes, 0))}; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`,
    );

    // A cache hit: the same cards again from a fresh cache directory.
    const dir = mkdtempSync(join(tmpdir(), 'cards-bench-'));
    process.env.CARD_CACHE_DIR = dir;
    const sample = TREES.flatMap((t) => citationCards(t).slice(0, 10));
    for (const card of sample) await cardPng(card.design, card.input);
    const hits = cacheStats.hits;
    const hitMs: number[] = [];
    for (const card of sample) {
      const t = performance.now();
      await cardPng(card.design, card.input);
      hitMs.push(performance.now() - t);
    }
    console.log(`   cache hit: ${middle(hitMs).toFixed(1)} ms/image median over ${cacheStats.hits - hits} cards (hash of the element tree, fonts and versions, then a file read)`);
    delete process.env.CARD_CACHE_DIR;
    rmSync(dir, { recursive: true, force: true });

    for (const folder of ['the', 'og']) {
      try {
        const { files, bytes } = folderBytes(`${DIST}${folder}`);
        console.log(`   dist/${folder}/: ${files} files, ${mb(bytes)}`);
      } catch {
        console.log(`   (no dist/${folder}/: run "npm run build" for the built sizes)`);
      }
    }
  },
};

export default bench;
