import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { buildCatalog, type CatalogDocument } from '../src/lib/citations/catalog.ts';
import { linkCitations, withoutLinks } from '../src/lib/citations/link.ts';
import { readRegistryDir } from '../src/lib/importer/registry-files.ts';
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
      const ms = median(() => linkCitations(prepared[i++]!, { registry, citing: { slug: tree.meta.slug, province: tree.meta.province }, eIds: ids }), 20);
      console.log(`   link ${tree.meta.source}: ${ms.toFixed(1)} ms (median of 20)`);
    }
    const catalog = buildCatalog(documents, registry);
    console.log(`   catalog: ${catalog.entries.length} cited documents, ${catalog.entries.reduce((n, e) => n + e.count, 0)} citations, built and checked in ${median(() => buildCatalog(documents, registry), 20).toFixed(1)} ms (median of 20)`);
    if (!existsSync(`${root}dist/trich-dan/index.html`)) {
      console.log('   (no dist/: run "npm run build" for page sizes)');
      return;
    }
    const size = (path: string) => `${kb(statSync(`${root}dist/${path}`).size)} (${kb(gzFile(`${root}dist/${path}`))} gzip)`;
    const siteWide = scriptsOf('van-ban/huong-dan-neu-guong/index.html');
    console.log(`   /trich-dan/ ${size('trich-dan/index.html')}, its own script ${scriptWeight('trich-dan/index.html', siteWide)} gzip`);
    const svg = /<svg class="diagram"[\s\S]*?<\/svg>/.exec(readFileSync(`${root}dist/luoc-do/index.html`, 'utf8'))![0];
    console.log(`   /luoc-do/ ${size('luoc-do/index.html')}, of which the SVG ${kb(svg.length)} (${kb(gz(svg))} gzip), its own script: ${scriptWeight('luoc-do/index.html', siteWide)}`);
    const cited = readdirSync(`${root}dist/trich-dan`).filter((d) => d !== 'index.html');
    const largest = cited.sort((a, b) => statSync(`${root}dist/trich-dan/${b}/index.html`).size - statSync(`${root}dist/trich-dan/${a}/index.html`).size)[0]!;
    console.log(`   largest cited page /trich-dan/${largest}/ ${size(`trich-dan/${largest}/index.html`)}`);
    for (const slug of readdirSync(`${root}dist/van-ban`)) {
      console.log(`   /van-ban/${slug}/ scripts ${scriptWeight(`van-ban/${slug}/index.html`)} gzip, none added by citations (budget 10 KB)`);
    }
  },
};

export default bench;
