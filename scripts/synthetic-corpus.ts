/**
 * npm run corpus -- <count> <out-dir>
 * Writes a synthetic library of <count> documents made from the four sources, for measuring
 * how the build grows: each copy keeps its title and closing, shuffles the paragraphs of its
 * body (seeded, so the same count gives the same corpus) and gets a new slug. The output is
 * imported MDX + JSON, and the registry of what they cite in <out-dir>/cited/, ready for
 * `DOCUMENTS_DIR=<out-dir> CITED_DIR=<out-dir>/cited astro build`; it is not committed.
 * `npm run corpus -- large <bytes> <out-dir>` writes one large text instead (`largeSource`).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { occurrencesIn } from '../src/lib/citations/occurrences.ts';
import { Registry, type CitedDocument } from '../src/lib/citations/registry.ts';
import { importDocument } from '../src/lib/importer/import-document.ts';
import { readMeta } from '../src/lib/importer/meta.ts';
import type { DocumentMeta } from '../src/schemas/document-meta.ts';
import { matchLine } from '../src/lib/importer/patterns.ts';
import { readRegistryDir } from '../src/lib/importer/registry-files.ts';

const sourcesDir = new URL('../content/sources/', import.meta.url).pathname;
const citedDir = new URL('../content/cited/', import.meta.url).pathname;

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

/**
 * The registry for the corpus: the real one, where a copy of a text that names no province gets
 * its own copy of that text's Tỉnh ủy entries (they are keyed by the citing text, see
 * content/cited/README.md).
 */
function corpusRegistry(copies: { base: string; slug: string }[]): Registry {
  const real = readRegistryDir(citedDir).documents;
  const own = (slug: string) => real.filter((d) => d.sameProvinceAs === slug);
  return new Registry([
    ...real.filter((d) => d.sameProvinceAs === null),
    ...copies.flatMap((c) => own(c.base).map((d) => ({ ...d, id: `${d.id}-${c.slug}`, sameProvinceAs: c.slug }))),
  ]);
}

/** Writes the corpus into `outDir` and the registry of what it cites into `<outDir>/cited/`, which it returns. */
export function writeCorpus(count: number, outDir: string): string {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'cited'), { recursive: true });
  const metas = readdirSync(sourcesDir).filter((f) => f.endsWith('.yaml')).sort().map((f) => readMeta(readFileSync(join(sourcesDir, f), 'utf8'), f));
  const next = random(count);
  const slug = (i: number) => `tong-hop-${String(i + 1).padStart(3, '0')}`;
  const registry = corpusRegistry(Array.from({ length: count }, (_, i) => ({ base: metas[i % metas.length]!.slug, slug: slug(i) })));
  const cited = new Set<string>();
  for (let i = 0; i < count; i++) {
    const base = metas[i % metas.length]!;
    const text = readFileSync(join(sourcesDir, base.source), 'utf8');
    // A copy's status cannot rest on its base's evidence: shuffled units, renamed documents.
    const status = { value: 'khong-ro' as const, reason: 'Bản tổng hợp để đo việc dựng trang, không phải văn bản thật.', evidence: [] };
    const meta = { ...base, slug: slug(i), shortTitle: `${base.shortTitle} · bản tổng hợp ${i + 1}`, notes: [], status };
    const doc = importDocument(new TextEncoder().encode(i < metas.length ? text : shuffleBody(text, next)), meta, base.source, `${meta.slug}.yaml`, registry);
    for (const o of occurrencesIn(doc.tree)) cited.add(o.citedId);
    writeFileSync(join(outDir, `${meta.slug}.mdx`), doc.mdx);
    writeFileSync(join(outDir, `${meta.slug}.json`), doc.json);
  }
  // Only what the corpus cites: the build fails on an entry nothing cites.
  for (const { id, file: _file, ...data } of registry.documents.filter((d: CitedDocument) => cited.has(d.id))) {
    writeFileSync(join(outDir, 'cited', `${id}.yaml`), stringify(data));
  }
  return join(outDir, 'cited');
}

const ROMAN: Array<[number, string]> = [[100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
function roman(n: number): string {
  let out = '';
  for (const [value, letters] of ROMAN) for (; n >= value; n -= value) out += letters;
  return out;
}

/**
 * One large source of about `bytes` bytes: the Quy chế (the longest of the four, 102 KB) with
 * its chapters written again and again, Chương and Điều numbered on through the copies, between
 * its own title and closing. Its units grow in step with its size.
 */
export function largeSource(bytes: number): { text: string; meta: DocumentMeta } {
  const base = readdirSync(sourcesDir).filter((f) => f.endsWith('.yaml')).map((f) => readMeta(readFileSync(join(sourcesDir, f), 'utf8'), f)).find((m) => m.slug === 'quy-che-lam-viec-tinh-uy-dien-bien')!;
  const lines = readFileSync(join(sourcesDir, base.source), 'utf8').split('\n');
  const first = lines.findIndex((l) => /^[#* ]*Chương I\b/.test(l));
  const closing = lines.findIndex((l) => l.startsWith('Nơi nhận'));
  const body = lines.slice(first, closing);
  const chapters = body.filter((l) => /^[#* ]*Chương [IVX]+\b/.test(l)).length;
  const articles = body.filter((l) => /^[#* ]*Điều \d+\./.test(l)).length;
  const size = (ls: string[]) => Buffer.byteLength(ls.join('\n'));
  const copies = Math.max(1, Math.round((bytes - size(lines) + size(body)) / size(body)));
  const renumbered = Array.from({ length: copies }, (_, copy) =>
    body.map((l) =>
      l
        .replace(/^([#* ]*Chương )([IVX]+)\b/, (_, head: string, n: string) => head + roman(copy * chapters + ROMAN_VALUE[n]!))
        .replace(/^([#* ]*Điều )(\d+)\./, (_, head: string, n: string) => `${head}${copy * articles + Number(n)}.`),
    ),
  ).flat();
  const text = [...lines.slice(0, first), ...renumbered, ...lines.slice(closing)].join('\n');
  const slug = `van-ban-lon-${Math.round(bytes / 1024)}kb`;
  const status = { value: 'khong-ro' as const, reason: 'Bản tổng hợp để đo việc dựng trang, không phải văn bản thật.', evidence: [] };
  return { text, meta: { ...base, slug, source: `${slug}.txt`, shortTitle: `Văn bản lớn tổng hợp (${Math.round(bytes / 1024)} KB)`, notes: [], status } };
}
const ROMAN_VALUE: Record<string, number> = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [roman(i + 1), i + 1]));

/** Imports `largeSource(bytes)` into `outDir` (MDX, JSON and the registry it cites, as `writeCorpus`). */
export function writeLargeText(bytes: number, outDir: string): { cited: string; bytes: number; importMs: number } {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'cited'), { recursive: true });
  const { text, meta } = largeSource(bytes);
  const registry = readRegistryDir(citedDir);
  const source = new TextEncoder().encode(text);
  const start = performance.now();
  const doc = importDocument(source, meta, meta.source, `${meta.slug}.yaml`, registry);
  const importMs = performance.now() - start;
  writeFileSync(join(outDir, `${meta.slug}.mdx`), doc.mdx);
  writeFileSync(join(outDir, `${meta.slug}.json`), doc.json);
  const cited = new Set(occurrencesIn(doc.tree).map((o) => o.citedId));
  for (const c of meta.replaces ?? []) if (c.cited) cited.add(c.cited);
  for (const { id, file: _file, ...data } of registry.documents.filter((d: CitedDocument) => cited.has(d.id))) {
    writeFileSync(join(outDir, 'cited', `${id}.yaml`), stringify(data));
  }
  return { cited: join(outDir, 'cited'), bytes: source.length, importMs };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  if (args[0] === 'large' && args[1] && args[2]) {
    const { bytes, cited } = writeLargeText(Number(args[1]), args[2]);
    console.log(`Đã viết một văn bản ${bytes} byte vào ${args[2]} và sổ văn bản được dẫn chiếu vào ${cited}`);
  } else if (args[0] && args[1]) {
    const cited = writeCorpus(Number(args[0]), args[1]);
    console.log(`Đã viết ${args[0]} văn bản vào ${args[1]} và sổ văn bản được dẫn chiếu vào ${cited}`);
  } else {
    console.error('Cách dùng: npm run corpus -- <số văn bản> <thư mục ra>\n           npm run corpus -- large <số byte> <thư mục ra>');
    process.exit(2);
  }
}
