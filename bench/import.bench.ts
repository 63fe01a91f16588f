import { readdirSync, readFileSync } from 'node:fs';
import { importDocument } from '../src/lib/importer/import-document.ts';
import { readMeta } from '../src/lib/importer/meta.ts';
import { readRegistryDir } from '../src/lib/importer/registry-files.ts';
import type { Bench } from './run.ts';
import { allUnits } from '../src/lib/model/tree.ts';

const sources = new URL('../content/sources/', import.meta.url);
const registry = readRegistryDir(new URL('../content/cited/', import.meta.url).pathname);

const bench: Bench = {
  title: 'importer: milliseconds per document (median of 20 runs), units and output size',
  async run() {
    for (const file of readdirSync(sources).filter((f) => f.endsWith('.yaml')).sort()) {
      const meta = readMeta(readFileSync(new URL(file, sources), 'utf8'), file);
      const bytes = readFileSync(new URL(meta.source, sources));
      const times: number[] = [];
      let doc = importDocument(bytes, meta, meta.source, file, registry);
      for (let i = 0; i < 20; i++) {
        const t = performance.now();
        doc = importDocument(bytes, meta, meta.source, file, registry);
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      const units = allUnits(doc.tree).length;
      console.log(
        `   ${meta.source}  ${(bytes.length / 1024).toFixed(1)} KB  →  ${units} đơn vị, ` +
          `MDX ${(doc.mdx.length / 1024).toFixed(1)} KB, JSON ${(doc.json.length / 1024).toFixed(1)} KB, ` +
          `${times[10]!.toFixed(1)} ms`,
      );
    }
  },
};

export default bench;
