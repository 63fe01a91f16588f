/**
 * npm run import                                   re-imports every text in content/sources/
 * npm run import -- --check                        fails when content/documents/ is not what the importer makes
 * npm run import -- new.txt --meta new.yaml        adds a new text (both files are copied into content/sources/)
 *   … --replace SLUG                               the new text takes the place of the imported document SLUG
 * npm run import -- --remove SLUG                  deletes a document, its sources and its generated files
 *
 * An import is a transaction: everything is read and checked first, the new folders are built
 * beside content/sources/ and content/documents/, and only a complete success swaps them in.
 * Nothing already imported is overwritten or deleted unless the command line names it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCatalog, CitationCheckError, type CatalogDocument } from '../src/lib/citations/catalog.ts';
import { commitFolders } from '../src/lib/importer/commit.ts';
import { recordImport } from '../src/lib/importer/history.ts';
import { importDocument } from '../src/lib/importer/import-document.ts';
import { readMeta } from '../src/lib/importer/meta.ts';
import { readRegistryDir } from '../src/lib/importer/registry-files.ts';
import { SourceError } from '../src/lib/importer/source-error.ts';
import { planSources, type SourcePair } from '../src/lib/importer/sources-plan.ts';
import { StatusCheckError, statusProblems } from '../src/lib/status/evidence.ts';
import { allUnits } from '../src/lib/model/tree.ts';
import type { DocumentTree } from '../src/schemas/document-tree.ts';

const root = new URL('..', import.meta.url).pathname;
// Tests point both at temporary copies; DOCUMENTS_DIR is the same switch the site's content config reads.
const sourcesDir = process.env.SOURCES_DIR ?? join(root, 'content/sources');
const documentsDir = process.env.DOCUMENTS_DIR ?? join(root, 'content/documents');
// The registry of cited documents; CITED_DIR is the switch the site reads too.
const citedDir = process.env.CITED_DIR ?? join(root, 'content/cited');
const rel = (p: string) => relative(process.cwd(), p) || p;

/** A file's bytes, or a SourceError naming it. */
async function readInput(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    throw new SourceError(rel(path), undefined, code === 'ENOENT' ? 'không có tệp này' : `không đọc được tệp (${code ?? String(cause)})`, { cause });
  }
}

/** The text and metadata given on the command line, checked, as they will stand in content/sources/. */
async function newPair(textPath: string, metaPath: string): Promise<SourcePair> {
  const metaText = (await readInput(metaPath)).toString('utf8');
  const meta = readMeta(metaText, rel(metaPath));
  if (meta.source !== basename(textPath)) {
    throw new SourceError(rel(metaPath), undefined, `trường "source" là "${meta.source}" nhưng tệp văn bản là "${basename(textPath)}"`);
  }
  return {
    slug: meta.slug,
    sourceFile: basename(textPath),
    metaFile: `${basename(textPath).replace(/\.[^.]+$/, '')}.yaml`,
    metaText,
    bytes: await readInput(textPath),
    shownSource: rel(textPath),
    shownMeta: rel(metaPath),
  };
}

/** Every text and metadata file now in content/sources/. */
async function existingPairs(): Promise<SourcePair[]> {
  if (!existsSync(sourcesDir)) return [];
  const metaFiles = (await readdir(sourcesDir)).filter((f) => f.endsWith('.yaml')).sort();
  const pairs: SourcePair[] = [];
  for (const metaFile of metaFiles) {
    const metaPath = join(sourcesDir, metaFile);
    const metaText = (await readInput(metaPath)).toString('utf8');
    const meta = readMeta(metaText, rel(metaPath));
    const sourcePath = join(sourcesDir, meta.source);
    if (!existsSync(sourcePath)) throw new SourceError(rel(metaPath), undefined, `không có tệp văn bản "${meta.source}" trong ${rel(sourcesDir)}/`);
    pairs.push({ slug: meta.slug, sourceFile: meta.source, metaFile, metaText, bytes: await readInput(sourcePath), shownSource: rel(sourcePath), shownMeta: rel(metaPath) });
  }
  return pairs;
}

interface Generated {
  /** By file name in content/documents/. */
  out: Map<string, string>;
  /** Metadata files whose import history gains an entry (their source changed), by file name. */
  history: Map<string, string>;
}

/** Everything the importer makes from the sources. */
function generate(pairs: SourcePair[]): Generated {
  const out = new Map<string, string>();
  const history = new Map<string, string>();
  const now = new Date();
  const slugs = new Map<string, string>();
  const registry = readRegistryDir(citedDir);
  const trees: (CatalogDocument & { metaFile: string })[] = [];
  for (const pair of pairs) {
    let metaText = pair.metaText;
    // New bytes: the history keeps the previous hash and date and gains this one.
    const recorded = recordImport(metaText, pair.shownMeta, createHash('sha256').update(pair.bytes).digest('hex'), now);
    if (recorded) history.set(pair.metaFile, (metaText = recorded));
    const meta = readMeta(metaText, pair.shownMeta);
    if (slugs.has(meta.slug)) {
      throw new SourceError(pair.shownMeta, undefined, `slug "${meta.slug}" đã được dùng cho ${slugs.get(meta.slug)}`);
    }
    slugs.set(meta.slug, pair.shownMeta);
    const doc = importDocument(pair.bytes, meta, pair.shownSource, pair.shownMeta, registry);
    trees.push({ tree: doc.tree, file: `content/documents/${meta.slug}.json`, metaFile: pair.shownMeta });
    out.set(`${meta.slug}.mdx`, doc.mdx);
    out.set(`${meta.slug}.json`, doc.json);
    console.log(`✓ ${meta.source} → ${rel(join(documentsDir, `${meta.slug}.mdx`))} (${countUnits(doc.tree)} đơn vị)`);
    for (const d of doc.tree.defects) console.log(`  ! ${pair.shownSource}:${d.line}: ${d.message}`);
  }
  // The checks the build makes, made here first: every entry cited, its facts from the texts.
  const catalog = buildCatalog(trees, registry);
  const bySlug = new Map(trees.map((t) => [t.tree.meta.slug, t.tree]));
  const problems = statusProblems(
    trees.map((t) => ({ tree: t.tree, file: t.metaFile })),
    { cited: (id) => registry.documents.some((d) => d.id === id), document: (slug) => bySlug.get(slug) },
  );
  if (problems.length) throw new StatusCheckError(problems);
  const count = catalog.entries.reduce((n, e) => n + e.count, 0);
  console.log(`✓ ${registry.documents.length} văn bản được dẫn chiếu (${rel(citedDir)}), ${count} lần dẫn chiếu, khớp với sổ.`);
  return { out, history };
}

/** Units, and each attached form as one more. */
function countUnits(tree: DocumentTree): number {
  return allUnits(tree).length + tree.attachments.length;
}

const slugOf = (file: string) => file.replace(/\.(mdx|json)$/, '');

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      check: { type: 'boolean', default: false },
      meta: { type: 'string' },
      replace: { type: 'string' },
      remove: { type: 'string', multiple: true, default: [] },
    },
  });
  if ((positionals.length && !values.meta) || positionals.length > 1 || (values.meta && !positionals.length)) {
    console.error('Cách dùng: npm run import -- đường/dẫn/van-ban.txt --meta đường/dẫn/van-ban.yaml [--replace SLUG]');
    return 2;
  }
  if (values.check && (positionals.length || values.remove.length)) {
    console.error('--check chỉ so sánh, không nhập hay xóa: chạy riêng.');
    return 2;
  }
  const existing = existsSync(documentsDir) ? (await readdir(documentsDir)).filter((f) => /\.(mdx|json)$/.test(f)) : [];
  // Read and check everything before anything is written.
  const add = positionals.length ? await newPair(positionals[0]!, values.meta!) : undefined;
  const plan = planSources(await existingPairs(), { add, replace: values.replace, remove: values.remove }, [...new Set(existing.map(slugOf))]);
  const { out: generated, history } = generate(plan.pairs);
  if (values.check) {
    const stale = [
      ...[...generated].filter(([f, content]) => !existing.includes(f) || content !== readFileSyncSafe(join(documentsDir, f))).map(([f]) => f),
      ...existing.filter((f) => !generated.has(f)),
    ].map((f) => `content/documents/${f}`);
    for (const file of history.keys()) stale.push(`${rel(join(sourcesDir, file))} (văn bản nguồn đã đổi, lịch sử nhập chưa ghi)`);
    if (stale.length) {
      console.error(`\nTệp đã có không khớp với những gì trình nhập tạo ra:`);
      for (const f of stale) console.error(`  - ${f}`);
      console.error('Chạy "npm run import" rồi commit lại.');
      return 1;
    }
    console.log('content/documents/ khớp với nguồn.');
    return 0;
  }
  const orphans = existing.filter((f) => !generated.has(f));
  const unnamed = orphans.filter((f) => !plan.released.has(slugOf(f)));
  if (unnamed.length) {
    throw new SourceError(
      rel(join(documentsDir, unnamed[0]!)),
      undefined,
      `không còn nguồn nào trong ${rel(sourcesDir)}/ sinh ra tệp này; muốn xóa văn bản thì chạy npm run import -- --remove ${slugOf(unnamed[0]!)}; không có gì được ghi`,
    );
  }
  const sources = new Map<string, string | Uint8Array>();
  if (add) {
    sources.set(add.sourceFile, add.bytes);
    sources.set(add.metaFile, add.metaText);
  }
  for (const [file, text] of history) sources.set(file, text);
  await commitFolders([
    { dir: sourcesDir, write: sources, remove: plan.dropped.flatMap((p) => [p.sourceFile, p.metaFile]).filter((f) => !sources.has(f)) },
    { dir: documentsDir, write: generated, remove: orphans },
  ]);
  for (const file of history.keys()) console.log(`✓ ${rel(join(sourcesDir, file))}: văn bản nguồn thay đổi, đã ghi vào lịch sử nhập`);
  for (const pair of plan.dropped) console.log(`✓ đã xóa ${pair.shownSource} và ${pair.shownMeta} (văn bản "${pair.slug}")`);
  for (const file of orphans) console.log(`✓ đã xóa ${rel(join(documentsDir, file))}`);
  return 0;
}

function readFileSyncSafe(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof SourceError || error instanceof CitationCheckError || error instanceof StatusCheckError) console.error(`Lỗi: ${error.message}`);
    // An importer bug, not the input's fault: one line still, and nothing was written.
    else console.error(`Lỗi của trình nhập (không phải của tệp nhập), không có gì được ghi: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
