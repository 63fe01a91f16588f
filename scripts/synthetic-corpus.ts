/**
 * npm run corpus -- <count> <out-dir>
 * Writes a synthetic library of <count> documents made from the four sources, for measuring
 * how the build grows: each copy keeps its title and closing, shuffles the paragraphs of its
 * body (seeded, so the same count gives the same corpus) and gets a new slug. The output is
 * imported MDX + JSON, ready for `DOCUMENTS_DIR=<out-dir> astro build`; it is not committed.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importDocument } from '../src/lib/importer/import-document.ts';
import { readMeta } from '../src/lib/importer/meta.ts';
import { matchLine } from '../src/lib/importer/patterns.ts';

const sourcesDir = new URL('../content/sources/', import.meta.url).pathname;

/** Small deterministic PRNG (mulberry32), so a corpus is reproducible. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffleBody(text: string, next: () => number): string {
  const paragraphs = text.split(/\n\s*\n/);
  const plain = (p: string) => p.replace(/[*#\\]/g, '').trim();
  const start = paragraphs.findIndex((p) => ['chapter', 'section', 'article', 'numbered'].includes(matchLine(plain(p)).type));
  const end = paragraphs.findIndex((p, i) => i > start && ['recipients', 'signature'].includes(matchLine(plain(p)).type));
  if (start < 0 || end < 0) return text;
  const body = paragraphs.slice(start + 1, end);
  for (let i = body.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [body[i], body[j]] = [body[j]!, body[i]!];
  }
  return [...paragraphs.slice(0, start + 1), ...body, ...paragraphs.slice(end)].join('\n\n');
}

export function writeCorpus(count: number, outDir: string): void {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const metas = readdirSync(sourcesDir).filter((f) => f.endsWith('.yaml')).sort().map((f) => readMeta(readFileSync(join(sourcesDir, f), 'utf8'), f));
  const next = random(count);
  for (let i = 0; i < count; i++) {
    const base = metas[i % metas.length]!;
    const text = readFileSync(join(sourcesDir, base.source), 'utf8');
    const meta = { ...base, slug: `tong-hop-${String(i + 1).padStart(3, '0')}`, shortTitle: `${base.shortTitle} · bản tổng hợp ${i + 1}`, notes: [] };
    const doc = importDocument(new TextEncoder().encode(i < metas.length ? text : shuffleBody(text, next)), meta, base.source, `${meta.slug}.yaml`);
    writeFileSync(join(outDir, `${meta.slug}.mdx`), doc.mdx);
    writeFileSync(join(outDir, `${meta.slug}.json`), doc.json);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [count, out] = process.argv.slice(2);
  if (!count || !out) {
    console.error('Cách dùng: npm run corpus -- <số văn bản> <thư mục ra>');
    process.exit(2);
  }
  writeCorpus(Number(count), out);
  console.log(`Đã viết ${count} văn bản vào ${out}`);
}
