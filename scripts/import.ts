/**
 * npm run import                                   re-imports every text in content/sources/
 * npm run import -- --check                        fails when content/documents/ is not what the importer makes
 * npm run import -- new.txt --meta new.yaml        adds a new text (both files are copied into content/sources/)
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCatalog, CitationCheckError, type CatalogDocument } from '../src/lib/citations/catalog.ts';
import { recordImport } from '../src/lib/importer/history.ts';
import { importDocument } from '../src/lib/importer/import-document.ts';
import { readMeta } from '../src/lib/importer/meta.ts';
import { readRegistryDir } from '../src/lib/importer/registry-files.ts';
import { SourceError } from '../src/lib/importer/source-error.ts';
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

async function addSource(textPath: string, metaPath: string): Promise<void> {
  const meta = readMeta(await readFile(metaPath, 'utf8'), rel(metaPath));
  if (meta.source !== basename(textPath)) {
    throw new SourceError(rel(metaPath), undefined, `trường "source" là "${meta.source}" nhưng tệp văn bản là "${basename(textPath)}"`);
  }
  await copyFile(textPath, join(sourcesDir, basename(textPath)));
  await copyFile(metaPath, join(sourcesDir, `${basename(textPath).replace(/\.[^.]+$/, '')}.yaml`));
}

interface Generated {
  /** By file name in content/documents/. */
  out: Map<string, string>;
  /** Metadata files whose import history gains an entry (their source changed), by path. */
  history: Map<string, string>;
}

/** Everything the importer makes from content/sources/. */
async function generate(): Promise<Generated> {
  const out = new Map<string, string>();
  const history = new Map<string, string>();
  const now = new Date();
  const slugs = new Map<string, string>();
  const registry = readRegistryDir(citedDir);
  const trees: (CatalogDocument & { metaFile: string })[] = [];
  const metaFiles = (await readdir(sourcesDir)).filter((f) => f.endsWith('.yaml')).sort();
  for (const file of metaFiles) {
    const metaPath = join(sourcesDir, file);
    let metaText = await readFile(metaPath, 'utf8');
    const source = readMeta(metaText, rel(metaPath)).source;
    const sourcePath = join(sourcesDir, source);
    const bytes = await readFile(sourcePath).catch(() => {
      throw new SourceError(rel(metaPath), undefined, `không có tệp văn bản "${source}" trong content/sources/`);
    });
    // New bytes: the history keeps the previous hash and date and gains this one.
    const recorded = recordImport(metaText, rel(metaPath), createHash('sha256').update(bytes).digest('hex'), now);
    if (recorded) history.set(metaPath, (metaText = recorded));
    const meta = readMeta(metaText, rel(metaPath));
    if (slugs.has(meta.slug)) {
      throw new SourceError(rel(metaPath), undefined, `slug "${meta.slug}" đã được dùng cho ${slugs.get(meta.slug)}`);
    }
    slugs.set(meta.slug, file);
    const doc = importDocument(bytes, meta, rel(sourcePath), rel(metaPath), registry);
    trees.push({ tree: doc.tree, file: `content/documents/${meta.slug}.json`, metaFile: rel(metaPath) });
    out.set(`${meta.slug}.mdx`, doc.mdx);
    out.set(`${meta.slug}.json`, doc.json);
    const units = countUnits(doc.tree);
    console.log(`✓ ${meta.source} → ${rel(join(documentsDir, `${meta.slug}.mdx`))} (${units} đơn vị)`);
    for (const d of doc.tree.defects) console.log(`  ! ${rel(sourcePath)}:${d.line}: ${d.message}`);
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

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { check: { type: 'boolean', default: false }, meta: { type: 'string' } },
  });
  if (positionals.length) {
    if (!values.meta || positionals.length > 1) {
      console.error('Cách dùng: npm run import -- đường/dẫn/van-ban.txt --meta đường/dẫn/van-ban.yaml');
      return 2;
    }
    await addSource(positionals[0]!, values.meta);
  }
  const { out: generated, history } = await generate();
  await mkdir(documentsDir, { recursive: true });
  const existing = (await readdir(documentsDir)).filter((f) => /\.(mdx|json)$/.test(f));
  if (values.check) {
    const stale = [
      ...[...generated].filter(([f, content]) => !existing.includes(f) || content !== readFileSyncSafe(join(documentsDir, f))).map(([f]) => f),
      ...existing.filter((f) => !generated.has(f)),
    ].map((f) => `content/documents/${f}`);
    for (const path of history.keys()) stale.push(`${rel(path)} (văn bản nguồn đã đổi, lịch sử nhập chưa ghi)`);
    if (stale.length) {
      console.error(`\nTệp đã có không khớp với những gì trình nhập tạo ra:`);
      for (const f of stale) console.error(`  - ${f}`);
      console.error('Chạy "npm run import" rồi commit lại.');
      return 1;
    }
    console.log('content/documents/ khớp với nguồn.');
    return 0;
  }
  for (const [path, text] of history) {
    await writeFile(path, text);
    console.log(`✓ ${rel(path)}: văn bản nguồn thay đổi, đã ghi vào lịch sử nhập`);
  }
  for (const [file, content] of generated) await writeFile(join(documentsDir, file), content);
  for (const file of existing.filter((f) => !generated.has(f))) await rm(join(documentsDir, file));
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
    else console.error(error);
    process.exit(1);
  },
);
