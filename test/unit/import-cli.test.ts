import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCUMENTS, ROOT, SOURCES } from '../support/paths.ts';
import { SKELETON_META, skeleton } from '../support/skeleton.ts';

function runImport(args: string[], documentsDir: string, sourcesDir = SOURCES) {
  const result = spawnSync(process.execPath, ['scripts/import.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, DOCUMENTS_DIR: documentsDir, SOURCES_DIR: sourcesDir },
    encoding: 'utf8',
  });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

// Each test runs the whole importer in a child process: seconds, not milliseconds, on a busy machine.
describe('npm run import -- --check', { timeout: 60_000 }, () => {
  it('passes on the committed documents', () => {
    const { code, out } = runImport(['--check'], DOCUMENTS);
    expect(out).toContain('khớp với nguồn');
    expect(code).toBe(0);
  });

  it('fails and names the file when a generated document was edited by hand', () => {
    const dir = mkdtempSync(join(tmpdir(), 'so-tay-check-'));
    cpSync(DOCUMENTS, dir, { recursive: true });
    const file = join(dir, 'quy-dinh-neu-guong-dien-bien.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Tuyệt đối trung thành', 'Tuyệt đối trung thành tuyệt đối'));
    const { code, out } = runImport(['--check'], dir);
    expect(code).toBe(1);
    expect(out).toContain('content/documents/quy-dinh-neu-guong-dien-bien.mdx');
  });
});

describe('npm run import -- new.txt --meta new.yaml', () => {
  it('adds a new document: both files copied into the sources, its MDX and JSON generated', () => {
    const work = mkdtempSync(join(tmpdir(), 'so-tay-add-'));
    const sources = join(work, 'sources');
    const documents = join(work, 'documents');
    cpSync(SOURCES, sources, { recursive: true });
    writeFileSync(join(work, 'thu-nghiem.txt'), skeleton(['1. Nội dung thử nghiệm.']));
    writeFileSync(join(work, 'thu-nghiem.yaml'), stringify(SKELETON_META));
    const { code, out } = runImport([join(work, 'thu-nghiem.txt'), '--meta', join(work, 'thu-nghiem.yaml')], documents, sources);
    expect(out).toMatch(/thu-nghiem\.txt → \S*thu-nghiem\.mdx \(\d+ đơn vị\)/);
    expect(code).toBe(0);
    expect(readFileSync(join(sources, 'thu-nghiem.txt'), 'utf8')).toBe(readFileSync(join(work, 'thu-nghiem.txt'), 'utf8'));
    expect(existsSync(join(sources, 'thu-nghiem.yaml'))).toBe(true);
    expect(readFileSync(join(documents, 'thu-nghiem.mdx'), 'utf8')).toContain('<Unit kind="clause" eId="dieu-1__khoan-1">');
    expect(existsSync(join(documents, 'quy-che-lam-viec-tinh-uy-dien-bien.json'))).toBe(true);
  });

  it('refuses metadata whose "source" names another file, saying so', () => {
    const work = mkdtempSync(join(tmpdir(), 'so-tay-add-'));
    writeFileSync(join(work, 'khac.txt'), skeleton(['1. A.']));
    writeFileSync(join(work, 'khac.yaml'), stringify(SKELETON_META));
    const { code, out } = runImport([join(work, 'khac.txt'), '--meta', join(work, 'khac.yaml')], join(work, 'documents'), join(work, 'sources'));
    expect(code).toBe(1);
    expect(out).toMatch(/khac\.yaml: trường "source" là "thu-nghiem\.txt" nhưng tệp văn bản là "khac\.txt"/);
  });
});
