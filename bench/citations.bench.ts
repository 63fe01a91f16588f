import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { buildCatalog, type CatalogDocument } from '../src/lib/citations/catalog.ts';
import { linkCitations, withoutLinks } from '../src/lib/citations/link.ts';
import { readRegistryDir } from '../src/lib/importer/registry-files.ts';
import { findByNumbers, rootUnits, subtree } from '../src/lib/model/tree.ts';
import { documentTreeSchema, type UnitJson } from '../src/schemas/document-tree.ts';
import type { Bench } from './run.ts';
import { gz, kb, median, ROOT as root } from './support.ts';

const registry = readRegistryDir(`${root}content/cited`);
const documents: CatalogDocument[] = readdirSync(`${root}content/documents`)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ tree: documentTreeSchema.parse(JSON.parse(readFileSync(`${root}content/documents/${f}`, 'utf8'))), file: f }));

const gzFile = (path: string) => gz(readFileSync(path));

/** The script files a built page loads. */
function scriptsOf(page: string): string[] {
  return [...readFileSync(`${root}dist/${page}`, 'utf8').matchAll(/<script[^>]*src="\/([^"]+)"/g)].map((m) => `${root}dist/${m[1]}`);
}

/** Their gzipped size, all of them or only those a document page does not load. */
function scriptWeight(page: string, except: string[] = []): string {
  return kb(scriptsOf(page).filter((s) => !except.includes(s)).reduce((n, s) => n + gzFile(s), 0));
}

const bench: Bench = {
  title: 'citations: recognizing and linking, building the catalog, and what the pages weigh',
  async run() {
    for (const { tree } of documents) {
      const units = (): UnitJson[] => {
        const copy = structuredClone(rootUnits(tree));
        for (const u of copy.flatMap(subtree)) {
          u.text = u.text && withoutLinks(u.text);
          u.heading = u.heading && withoutLinks(u.heading);
        }
        return copy;
      };
      const prepared = Array.from({ length: 21 }, units);
      let i = 0;
      const ms = median(() => linkCitations(prepared[i++]!, { registry, citing: { slug: tree.meta.slug, province: tree.meta.province }, findUnit: (levels) => findByNumbers(tree, levels) }), 20);
      console.log(`   link ${tree.meta.source}: ${ms.toFixed(1)} ms (median of 20)`);
    }
    const catalog = buildCatalog(documents, registry);
    console.log(`   catalog: ${catalog.entries.length} cited documents, ${catalog.entries.reduce((n, e) => n + e.count, 0)} citations, built and checked in ${median(() => buildCatalog(documents, registry), 20).toFixed(1)} ms (median of 20)`);
    if (!existsSync(`${root}dist/dan-chieu/index.html`)) {
      console.log('   (no dist/: run "npm run build" for page sizes)');
      return;
    }
    const size = (path: string) => `${kb(statSync(`${root}dist/${path}`).size)} (${kb(gzFile(`${root}dist/${path}`))} gzip)`;
    const siteWide = scriptsOf('van-ban/huong-dan-neu-guong/index.html');
    console.log(`   /dan-chieu/ ${size('dan-chieu/index.html')}, its own script ${scriptWeight('dan-chieu/index.html', siteWide)} gzip`);
    const svg = /<svg class="diagram"[\s\S]*?<\/svg>/.exec(readFileSync(`${root}dist/luoc-do/index.html`, 'utf8'))![0];
    console.log(`   /luoc-do/ ${size('luoc-do/index.html')}, of which the SVG ${kb(svg.length)} (${kb(gz(svg))} gzip), its own script: ${scriptWeight('luoc-do/index.html', siteWide)}`);
    const cited = readdirSync(`${root}dist/dan-chieu`).filter((d) => d !== 'index.html');
    const largest = cited.sort((a, b) => statSync(`${root}dist/dan-chieu/${b}/index.html`).size - statSync(`${root}dist/dan-chieu/${a}/index.html`).size)[0]!;
    console.log(`   largest cited page /dan-chieu/${largest}/ ${size(`dan-chieu/${largest}/index.html`)}`);
    for (const slug of readdirSync(`${root}dist/van-ban`)) {
      console.log(`   /van-ban/${slug}/ scripts ${scriptWeight(`van-ban/${slug}/index.html`)} gzip, none added by citations (budget 10 KB)`);
    }
  },
};

export default bench;
