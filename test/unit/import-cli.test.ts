import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
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
describe('npm run import -- --check', () => {
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

describe('Lịch sử nhập on re-import', () => {
  /** A copy of the sources and documents in which the Lào Cai directive's source gained a byte. */
  function changedCopy() {
    const work = mkdtempSync(join(tmpdir(), 'so-tay-history-'));
    const sources = join(work, 'sources');
    const documents = join(work, 'documents');
    cpSync(SOURCES, sources, { recursive: true });
    cpSync(DOCUMENTS, documents, { recursive: true });
    const text = join(sources, '003_ea6883da93ebe6f8.txt');
    writeFileSync(text, `${readFileSync(text, 'utf8')}\n`);
    return { sources, documents, yaml: join(sources, '003_ea6883da93ebe6f8.yaml') };
  }

  it('--check fails, naming the metadata file, when a source changed and its history does not say so', () => {
    const { sources, documents } = changedCopy();
    const { code, out } = runImport(['--check'], documents, sources);
    expect(code).toBe(1);
    expect(out).toContain('003_ea6883da93ebe6f8.yaml (văn bản nguồn đã đổi, lịch sử nhập chưa ghi)');
  });

  it('keeps the previous hash and date, adds the new hash with the time of the import, and only for the changed text', () => {
    const { sources, documents, yaml } = changedCopy();
    const before = readFileSync(yaml, 'utf8');
    const started = Date.now();
    const { code, out } = runImport([], documents, sources);
    expect(code, out).toBe(0);
    expect(out).toContain('003_ea6883da93ebe6f8.yaml: văn bản nguồn thay đổi, đã ghi vào lịch sử nhập');
    const after = readFileSync(yaml, 'utf8');
    expect(after.startsWith(before)).toBe(true);
    const imports = (parse(after) as { imports: { sha256: string; at: string }[] }).imports;
    expect(imports).toHaveLength(2);
    expect(imports[0]).toEqual((parse(before) as { imports: unknown[] }).imports[0]);
    expect(imports[1]!.sha256).not.toBe(imports[0]!.sha256);
    expect(Date.parse(imports[1]!.at)).toBeGreaterThanOrEqual(Math.floor(started / 1000) * 1000);
    // The generated document carries the history; the other texts' metadata is untouched.
    expect(readFileSync(join(documents, 'chi-thi-ky-luat-hanh-chinh-lao-cai.mdx'), 'utf8')).toContain(`sha256: ${imports[1]!.sha256}`);
    for (const other of ['000_7da3d2be77d90cdf.yaml', '001_53aca9755fa8ba25.yaml', '004_cdcf607f15aa0d9f.yaml']) {
      expect(readFileSync(join(sources, other), 'utf8')).toBe(readFileSync(join(SOURCES, other), 'utf8'));
    }
    // Importing again finds nothing new.
    expect(runImport(['--check'], documents, sources).code).toBe(0);
  });
});
