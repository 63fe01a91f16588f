import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/** A copy of content/ (sources and documents) to import into. */
function contentCopy() {
  const work = mkdtempSync(join(tmpdir(), 'so-tay-tx-'));
  const content = join(work, 'content');
  const sources = join(content, 'sources');
  const documents = join(content, 'documents');
  cpSync(SOURCES, sources, { recursive: true });
  cpSync(DOCUMENTS, documents, { recursive: true });
  return { work, content, sources, documents };
}

/** One hash of every file name and byte under a folder. */
function folderHash(dir: string): string {
  const hash = createHash('sha256');
  for (const name of (readdirSync(dir, { recursive: true }) as string[]).sort()) {
    hash.update(`${name}\0`);
    try {
      hash.update(readFileSync(join(dir, name)));
    } catch {
      // A folder: its name is enough.
    }
  }
  return hash.digest('hex');
}

/** Writes a new text and its metadata outside content/, as an operator would have them. */
function newSource(work: string, file: string, text: string, meta: Partial<typeof SKELETON_META> = {}) {
  const yaml = join(work, file.replace(/\.txt$/, '.yaml'));
  writeFileSync(join(work, file), text);
  writeFileSync(yaml, stringify({ ...SKELETON_META, source: file, ...meta }));
  return [join(work, file), '--meta', yaml];
}

describe('an import is a transaction', { timeout: 120_000 }, () => {
  it('a failed import leaves content/ byte-identical, with no file added to the sources and no stack trace', () => {
    const { work, content, sources, documents } = contentCopy();
    const before = folderHash(content);
    const { code, out } = runImport(newSource(work, 'thu-nghiem.txt', 'HƯỚNG DẪN\n\nvề thử nghiệm\n\n1. Nội dung.\n'), documents, sources);
    expect(code).toBe(1);
    expect(out).toMatch(/thu-nghiem\.txt:1: không tìm thấy dòng tên loại văn bản "QUY ĐỊNH"/);
    expect(out).not.toMatch(/\n\s+at /);
    expect(folderHash(content)).toBe(before);
    expect(readdirSync(content).sort()).toEqual(['documents', 'sources']);
    // The next import still works: nothing was left behind to trip it.
    expect(runImport(['--check'], documents, sources).code).toBe(0);
  });

  it('refuses a new source with the file name of an imported one, naming both, and writes nothing', () => {
    const { work, content, sources, documents } = contentCopy();
    const before = folderHash(content);
    const { code, out } = runImport(newSource(work, '003_ea6883da93ebe6f8.txt', skeleton(['1. Nội dung.'])), documents, sources);
    expect(code).toBe(1);
    expect(out).toMatch(/003_ea6883da93ebe6f8\.txt: trùng tên tệp "003_ea6883da93ebe6f8\.txt" với văn bản đã nhập "chi-thi-ky-luat-hanh-chinh-lao-cai" \(\S*sources\/003_ea6883da93ebe6f8\.txt, \S*sources\/003_ea6883da93ebe6f8\.yaml\); nếu văn bản mới thay văn bản đó, thêm --replace chi-thi-ky-luat-hanh-chinh-lao-cai/);
    expect(folderHash(content)).toBe(before);
  });

  it('refuses a new source whose slug is taken, naming both', () => {
    const { work, content, sources, documents } = contentCopy();
    const before = folderHash(content);
    const { code, out } = runImport(newSource(work, 'khac.txt', skeleton(['1. Nội dung.']), { slug: 'huong-dan-neu-guong' }), documents, sources);
    expect(code).toBe(1);
    expect(out).toMatch(/khac\.txt: trùng slug "huong-dan-neu-guong" với văn bản đã nhập "huong-dan-neu-guong" \(\S*001_53aca9755fa8ba25\.txt, \S*001_53aca9755fa8ba25\.yaml\)/);
    expect(folderHash(content)).toBe(before);
  });

  /** A copy of content/ with a test document imported into it (every registry entry stays cited). */
  function withTestDocument() {
    const copy = contentCopy();
    const added = runImport(newSource(copy.work, 'thu-nghiem.txt', skeleton(['1. Nội dung thử nghiệm.'])), copy.documents, copy.sources);
    expect(added.code, added.out).toBe(0);
    return copy;
  }

  it('--replace SLUG puts the new text in the named one’s place, and deletes only that one', () => {
    const { work, sources, documents } = withTestDocument();
    const next = newSource(work, 'thu-nghiem.txt', skeleton(['1. Nội dung mới.']), { slug: 'thu-nghiem-moi' });
    expect(runImport(next, documents, sources).out).toContain('--replace thu-nghiem');
    const { code, out } = runImport([...next, '--replace', 'thu-nghiem'], documents, sources);
    expect(code, out).toBe(0);
    expect(readFileSync(join(sources, 'thu-nghiem.txt'), 'utf8')).toContain('Nội dung mới.');
    expect(readFileSync(join(documents, 'thu-nghiem-moi.mdx'), 'utf8')).toContain('Nội dung mới.');
    expect(existsSync(join(documents, 'thu-nghiem.mdx'))).toBe(false);
    expect(out).toMatch(/đã xóa \S*documents\/thu-nghiem\.mdx/);
    for (const file of readdirSync(DOCUMENTS)) expect(readFileSync(join(documents, file), 'utf8')).toBe(readFileSync(join(DOCUMENTS, file), 'utf8'));
  });

  it('--remove SLUG deletes the document, its sources and its generated files, and nothing else', () => {
    const { sources, documents } = withTestDocument();
    const { code, out } = runImport(['--remove', 'thu-nghiem'], documents, sources);
    expect(code, out).toBe(0);
    expect(folderHash(sources)).toBe(folderHash(SOURCES));
    expect(folderHash(documents)).toBe(folderHash(DOCUMENTS));
    expect(runImport(['--remove', 'khong-co'], documents, sources).out).toMatch(/--remove: không có văn bản nào có slug "khong-co"/);
  });

  it('a source removed by hand is reported, not followed: its documents stay until --remove names them', () => {
    const { content, sources, documents } = withTestDocument();
    rmSync(join(sources, 'thu-nghiem.txt'));
    rmSync(join(sources, 'thu-nghiem.yaml'));
    const before = folderHash(content);
    const refused = runImport([], documents, sources);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/thu-nghiem\.(mdx|json): không còn nguồn nào .* --remove thu-nghiem; không có gì được ghi/);
    expect(folderHash(content)).toBe(before);
  });
});
