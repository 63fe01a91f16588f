/**
 * What a reader's device downloads for offline reading on the first visit (the service worker's
 * precache, gzipped where the server gzips text), and what it keeps only once a page is opened.
 */
import { readFileSync } from 'node:fs';
import type { Bench } from './run.ts';
import { DIST, ensureBuild, gz, kb } from './support.ts';

const TEXT = /\.(html|css|js|json|svg|webmanifest|xml)$/;

function weigh(files: string[]): { raw: number; served: number } {
  let raw = 0;
  let served = 0;
  for (const f of files) {
    const file = f === '' || f.endsWith('/') ? `${f}index.html` : f;
    const bytes = readFileSync(`${DIST}${file}`);
    raw += bytes.length;
    served += TEXT.test(file) ? gz(bytes) : bytes.length;
  }
  return { raw, served };
}

const bench: Bench = {
  title: 'offline copy: files and bytes the service worker caches on the first visit, and once visited',
  async run() {
    ensureBuild();
    const plan = JSON.parse(/const PLAN = (\{.*\});/.exec(readFileSync(`${DIST}sw.js`, 'utf8'))![1]!) as { precache: string[]; onVisit: string[] };
    for (const [name, files] of [['first visit', plan.precache], ['once visited', plan.onVisit]] as const) {
      const w = weigh(files);
      console.log(`   ${name.padEnd(14)} ${String(files.length).padStart(4)} files  ${kb(w.raw).padStart(10)} on disk  ${kb(w.served).padStart(10)} over the network`);
    }
  },
};

export default bench;
