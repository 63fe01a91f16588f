/**
 * How the build grows: synthetic libraries of 4, 40 and 400 documents made from the four
 * sources (scripts/synthetic-corpus.ts), each built from scratch into a temporary directory.
 * BENCH_SCALE_SIZES=4,40 picks other sizes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCorpus } from '../scripts/synthetic-corpus.ts';
import type { Bench } from './run.ts';
import { ROOT } from './support.ts';

function dirSize(dir: string): { bytes: number; files: number } {
  if (!existsSync(dir)) return { bytes: 0, files: 0 };
  let bytes = 0;
  let files = 0;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) {
      bytes += statSync(join(e.parentPath, e.name)).size;
      files++;
    }
  }
  return { bytes, files };
}

const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;

const bench: Bench = {
  title: 'build time, dist size and Pagefind index size for synthetic libraries of 4, 40 and 400 documents',
  async run() {
    const sizes = (process.env.BENCH_SCALE_SIZES ?? '4,40,400').split(',').map(Number);
    console.log('   documents  pages  build time  per document  dist            pagefind index');
    for (const n of sizes) {
      const work = mkdtempSync(join(tmpdir(), `so-tay-scale-${n}-`));
      const cited = writeCorpus(n, join(work, 'documents'));
      // The featured comparisons name the real documents, which a synthetic library does not have.
      const comparisons = join(work, 'comparisons');
      mkdirSync(comparisons);
      const start = performance.now();
      const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
        cwd: ROOT,
        env: { ...process.env, DOCUMENTS_DIR: join(work, 'documents'), CITED_DIR: cited, COMPARISONS_DIR: comparisons, SITE_OUT_DIR: `${join(work, 'dist')}/`, ASTRO_CACHE_DIR: join(work, 'cache') },
        encoding: 'utf8',
      });
      const seconds = (performance.now() - start) / 1000;
      if (r.status !== 0) throw new Error(`build of ${n} documents failed:\n${r.stderr.slice(-2000)}`);
      const dist = dirSize(join(work, 'dist'));
      const index = dirSize(join(work, 'dist', 'pagefind'));
      const pages = (r.stdout.match(/(\d+) page\(s\) built/) ?? [])[1];
      console.log(
        `   ${String(n).padStart(9)}  ${String(pages).padStart(5)}  ${seconds.toFixed(1).padStart(8)} s  ${((seconds * 1000) / n).toFixed(0).padStart(9)} ms  ${mb(dist.bytes).padEnd(8)} ${String(dist.files).padStart(5)} tệp  ${index.files ? `${mb(index.bytes)} (${index.files} tệp)` : 'chưa có'}`,
      );
    }
  },
};

export default bench;
