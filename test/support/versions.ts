/** The fixture pair of versions (test/fixtures/versions/): an old text and the text replacing it. Never published. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importDocument, type ImportedDocument } from '../../src/lib/importer/import-document.ts';
import { readMeta } from '../../src/lib/importer/meta.ts';
import { readRegistryDir } from '../../src/lib/importer/registry-files.ts';
import { buildSite, type BuildResult } from './build.ts';
import { ROOT } from './paths.ts';

export const VERSIONS_DIR = `${ROOT}test/fixtures/versions/`;
export const OLD_SLUG = 'van-hoa-cong-so-2019';
export const NEW_SLUG = 'van-hoa-cong-so-2026';
/** What the fixture versions cite: the newer one replaces the older by its số hiệu. */
const CITED_DIR = `${VERSIONS_DIR}cited/`;
const registry = readRegistryDir(CITED_DIR);

export function importVersion(name: 'cu' | 'moi'): ImportedDocument {
  const meta = readMeta(readFileSync(`${VERSIONS_DIR}${name}.yaml`, 'utf8'), `${name}.yaml`);
  return importDocument(readFileSync(`${VERSIONS_DIR}${name}.txt`), meta, `${name}.txt`, `${name}.yaml`, registry);
}

/** Builds a site of the two fixture versions only, with `comparisons` as its content/comparisons/ files. */
export function buildVersionsSiteResult(comparisons: Record<string, string> = {}): BuildResult {
  const dir = mkdtempSync(join(tmpdir(), 'so-tay-versions-'));
  for (const name of ['cu', 'moi'] as const) {
    const doc = importVersion(name);
    writeFileSync(join(dir, `${doc.tree.meta.slug}.mdx`), doc.mdx);
    writeFileSync(join(dir, `${doc.tree.meta.slug}.json`), doc.json);
  }
  const comparisonsDir = join(dir, 'so-sanh');
  mkdirSync(comparisonsDir);
  for (const [name, text] of Object.entries(comparisons)) writeFileSync(join(comparisonsDir, name), text);
  return buildSite({ DOCUMENTS_DIR: dir, COMPARISONS_DIR: comparisonsDir, CITED_DIR });
}

/** The fixture site's output directory; a failed build throws with its output. */
export function buildVersionsSite(): string {
  const result = buildVersionsSiteResult();
  if (!result.ok) throw new Error(`Dựng trang thử nghiệm thất bại:\n${result.output}`);
  return result.outDir;
}
