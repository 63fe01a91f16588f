/**
 * npm run bench: runs every bench/*.bench.ts in turn and prints what it measures.
 * Benchmarks print numbers; they never pass or fail. Record the figures in bench/README.md.
 * `npm run bench -- search` runs only the benchmarks whose file name contains "search".
 * A benchmark marked `optIn` (it takes many minutes) runs only when named.
 */
import { readdir } from 'node:fs/promises';

export interface Bench {
  /** One line saying what is measured. */
  title: string;
  run: () => Promise<void>;
  /** Run only when named on the command line. */
  optIn?: true;
}

const filter = process.argv.slice(2);
const dir = new URL('./', import.meta.url);
const files = (await readdir(dir)).filter((f) => f.endsWith('.bench.ts') && (!filter.length || filter.some((x) => f.includes(x)))).sort();
if (!files.length) console.log('Không có benchmark nào khớp.');
for (const file of files) {
  const bench = (await import(new URL(file, dir).href)).default as Bench;
  if (bench.optIn && !filter.length) {
    console.log(`\n== ${file}: ${bench.title} (chỉ chạy khi gọi tên: npm run bench -- ${file.replace('.bench.ts', '')})`);
    continue;
  }
  console.log(`\n== ${file}: ${bench.title}`);
  const start = performance.now();
  await bench.run();
  console.log(`   (${((performance.now() - start) / 1000).toFixed(1)} s)`);
}
