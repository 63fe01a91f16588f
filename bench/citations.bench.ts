import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { buildCatalog, type CatalogDocument } from '../src/lib/citations/catalog.ts';
import { linkCitations, withoutLinks } from '../src/lib/citations/link.ts';
import { readRegistryDir } from '../src/lib/importer/registry-files.ts';
import { documentTreeSchema, type UnitJson } from '../src/schemas/document-tree.ts';
import type { Bench } from './run.ts';

const root = new URL('../', import.meta.url).pathname;
const registry = readRegistryDir(`${root}content/cited`);
const documents: CatalogDocument[] = readdirSync(`${root}content/documents`)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ tree: documentTreeSchema.parse(JSON.parse(readFileSync(`${root}content/documents/${f}`, 'utf8'))), file: f }));

function median(run: () => void, times = 20): number {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    run();
    samples.push(performance.now() - t);
  }
  return samples.sort((a, b) => a - b)[Math.floor(times / 2)]!;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (path: string) => gzipSync(readFileSync(path)).length;

/** The script files a built page loads, gzipped. */
function pageScripts(page: string): number {
  const html = readFileSync(page, 'utf8');
  return [...html.matchAll(/<script[^>]*src="\/([^"]+)"/g)].reduce((n, m) => n + gz(`${root}dist/${m[1]}`), 0);
}

const bench: Bench = {
  title: 'citations: recognizing and linking, building the catalog, and what the pages weigh',
  async run() {
    for (const { tree } of documents) {
      const units = (): UnitJson[] => {
        const copy = structuredClone([...tree.preamble, ...tree.body, ...tree.attachments.flatMap((a) => a.children)]);
        const strip = (u: UnitJson) => ((u.text = u.text && withoutLinks(u.text)), (u.heading = u.heading && withoutLinks(u.heading)), u.children.forEach(strip));
        copy.forEach(strip);
        return copy;
      };
      const prepared = Array.from({ length: 21 }, units);
      const ids = new Set<string>();
      const collect = (u: UnitJson) => (ids.add(u.eId), u.children.forEach(collect));
      prepared[0]!.forEach(collect);
      let i = 0;
      const ms = median(() => linkCitations(prepared[i++]!, { registry, citing: { slug: tree.meta.slug, province: tree.meta.province }, eIds: ids }));
      console.log(`   link ${tree.meta.source}: ${ms.toFixed(1)} ms (median of 20)`);
    }
    const catalog = buildCatalog(documents, registry);
    console.log(`   catalog: ${catalog.entries.length} cited documents, ${catalog.entries.reduce((n, e) => n + e.count, 0)} citations, built and checked in ${median(() => buildCatalog(documents, registry)).toFixed(1)} ms (median of 20)`);
    if (!existsSync(`${root}dist/trich-dan/index.html`)) {
      console.log('   (no dist/: run "npm run build" for page sizes)');
      return;
    }
    const size = (path: string) => `${kb(statSync(`${root}dist/${path}`).size)} (${kb(gz(`${root}dist/${path}`))} gzip)`;
    console.log(`   /trich-dan/ ${size('trich-dan/index.html')}, its script ${kb(pageScripts(`${root}dist/trich-dan/index.html`))} gzip`);
    const svg = /<svg class="diagram"[\s\S]*?<\/svg>/.exec(readFileSync(`${root}dist/luoc-do/index.html`, 'utf8'))![0];
    console.log(`   /luoc-do/ ${size('luoc-do/index.html')}, of which the SVG ${kb(svg.length)} (${kb(gzipSync(svg).length)} gzip), no script: ${kb(pageScripts(`${root}dist/luoc-do/index.html`))}`);
    const cited = readdirSync(`${root}dist/trich-dan`).filter((d) => d !== 'index.html');
    const largest = cited.sort((a, b) => statSync(`${root}dist/trich-dan/${b}/index.html`).size - statSync(`${root}dist/trich-dan/${a}/index.html`).size)[0]!;
    console.log(`   largest cited page /trich-dan/${largest}/ ${size(`trich-dan/${largest}/index.html`)}`);
    for (const slug of readdirSync(`${root}dist/van-ban`)) {
      console.log(`   /van-ban/${slug}/ script ${kb(pageScripts(`${root}dist/van-ban/${slug}/index.html`))} gzip (budget 10 KB)`);
    }
  },
};

export default bench;
