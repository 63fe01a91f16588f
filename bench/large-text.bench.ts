/**
 * Large texts: one synthetic source of about 0.25, 0.5 and 1 MB (the Quy chế's chapters written
 * again and again, scripts/synthetic-corpus.ts), each imported, then built alone from a cold
 * card cache (the build includes the link check), timed by wall clock and CPU. Budget (issue
 * 16): 1 MB in at most 5 minutes here, growing linearly with units. Opt-in: it takes minutes.
 * BENCH_LARGE_SIZES=262144,524288 picks other sizes (bytes).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeLargeText } from '../scripts/synthetic-corpus.ts';
import { cardUnits } from '../src/lib/cards/coverage.ts';
import { allUnits, shareableUnits } from '../src/lib/model/tree.ts';
import { documentTreeSchema } from '../src/schemas/document-tree.ts';
import type { Bench } from './run.ts';
import { ROOT } from './support.ts';

const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');

/** Runs the build under /usr/bin/time: wall and CPU (user + system) seconds of it and its threads. */
function timedBuild(env: NodeJS.ProcessEnv): { wall: number; cpu: number; out: string } {
  const start = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', 'CPU %U %S', process.execPath, 'node_modules/astro/bin/astro.mjs', 'build'], { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 1 << 28 });
  const wall = (performance.now() - start) / 1000;
  if (r.status !== 0) throw new Error(`build failed:\n${(r.stdout + r.stderr).slice(-3000)}`);
  const [, user, system] = /CPU ([\d.]+) ([\d.]+)/.exec(r.stderr) ?? [];
  return { wall, cpu: Number(user) + Number(system), out: r.stdout };
}

const bench: Bench = {
  title: 'large texts: one source of 0.25, 0.5 and 1 MB imported and built cold (with the link check), wall and CPU seconds',
  optIn: true,
  async run() {
    const sizes = (process.env.BENCH_LARGE_SIZES ?? '262144,524288,1048576').split(',').map(Number);
    console.log('   source     units  articles  cards  import   build wall  build CPU  CPU/1000 units  pages  load before → after');
    for (const size of sizes) {
      const work = mkdtempSync(join(tmpdir(), 'so-tay-large-'));
      const documents = join(work, 'documents');
      const { cited, bytes, importMs } = writeLargeText(size, documents);
      const file = readdirSync(documents).find((f) => f.endsWith('.json'))!;
      const tree = documentTreeSchema.parse(JSON.parse(readFileSync(join(documents, file), 'utf8')));
      const comparisons = join(work, 'comparisons');
      mkdirSync(comparisons);
      const before = load();
      const build = timedBuild({
        ...process.env,
        DOCUMENTS_DIR: documents,
        CITED_DIR: cited,
        COMPARISONS_DIR: comparisons,
        SITE_OUT_DIR: `${join(work, 'dist')}/`,
        ASTRO_CACHE_DIR: join(work, 'astro-cache'),
        CARD_CACHE_DIR: join(work, 'cards'),
      });
      const units = allUnits(tree).length;
      const pages = (build.out.match(/(\d+) page\(s\) built/) ?? [])[1];
      console.log(
        `   ${`${(bytes / 1024).toFixed(0)} KB`.padStart(8)}  ${String(units).padStart(6)}  ${String(shareableUnits(tree).length).padStart(8)}  ${String(cardUnits(tree).length).padStart(5)}  ` +
          `${(importMs / 1000).toFixed(1).padStart(5)} s  ${build.wall.toFixed(1).padStart(9)} s  ${build.cpu.toFixed(1).padStart(7)} s  ${((build.cpu * 1000) / units).toFixed(1).padStart(12)} s  ${String(pages).padStart(5)}  ${before} → ${load()}`,
      );
      rmSync(work, { recursive: true, force: true });
    }
  },
};

export default bench;
