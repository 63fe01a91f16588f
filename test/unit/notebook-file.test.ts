import { describe, expect, it } from 'vitest';
import { checkAgainstSite, mergeNotebook, notebookFile, readNotebookFile } from '../../src/lib/notebook/file.ts';
import { emptyNotebook, saveUnit, setNote, type Notebook } from '../../src/lib/notebook/notebook.ts';
import { factsOf, savedUnit } from '../support/notebook.ts';

const R = 'quy-dinh-neu-guong-dien-bien';
const D = 'chi-thi-ky-luat-hanh-chinh-lao-cai';
const NOW = '2026-12-01T09:00:00.000Z';

function notebook(): Notebook {
  let nb = emptyNotebook();
  nb = saveUnit(nb, savedUnit(R, 'dieu-2__khoan-4'), 'bai1').notebook;
  nb = saveUnit(nb, savedUnit(D, 'diem-1'), 'x').notebook;
  return setNote(nb, 'bai1', `${R}#dieu-2__khoan-4`, 'Dòng 1\nDòng 2');
}
const text = (nb: Notebook) => JSON.stringify(notebookFile(nb, NOW), null, 1);
const site = new Map([[R, factsOf(R)], [D, factsOf(D)], ['khong-co', null]]);
const error = (t: string, size?: number) => {
  const r = readNotebookFile(t, 'so-tay.json', size);
  if (r.ok) throw new Error('đọc được');
  return r.error;
};

describe('notebook files', () => {
  it('round-trip: what is written reads back the same, and passes the check against the site', () => {
    const r = readNotebookFile(text(notebook()), 'so-tay.json');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.file.collections).toEqual(notebook().collections);
    expect(checkAgainstSite(r.file, 'so-tay.json', site)).toBeNull();
    const { notebook: merged, summary } = mergeNotebook(emptyNotebook(), r.file.collections);
    expect(merged.collections).toEqual(notebook().collections);
    expect(summary).toEqual({ collections: 1, added: 2, alreadyThere: 0 });
  });

  it('refuses what is not a notebook file, saying where, in Vietnamese', () => {
    expect(error('{\n  "format": "so-tay-quy-dinh/so-tay",\n  oops\n}')).toBe('Tệp “so-tay.json”: không phải tệp JSON (lỗi ở dòng 3). Sổ tay của bạn không thay đổi.');
    expect(error('Sổ tay\n{')).toMatch(/không phải tệp JSON \(lỗi ở dòng 1\)/);
    expect(error('Sổ tay của tôi\n{ không phải JSON là gì')).toMatch(/không phải tệp JSON \(lỗi ở dòng 1\)/);
    expect(error('{"a": 1,\n"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb": tôi}')).toMatch(/không phải tệp JSON \(lỗi ở dòng 2\)/);
    expect(error(text(notebook()).slice(0, 300))).toMatch(/tệp bị cắt cụt/);
    expect(error('')).toMatch(/tệp trống/);
    expect(error(JSON.stringify({ ...notebookFile(notebook(), NOW), version: 2 }))).toMatch(/trường “version”: phiên bản tệp khác \(trang này đọc phiên bản 1\)/);
    expect(error(JSON.stringify({ format: 'khac', version: 1 }))).toMatch(/không phải tệp sổ tay/);
    expect(error('x', 50 * 1024 * 1024)).toMatch(/quá lớn \(50\.0 MB; tệp sổ tay không quá 10 MB\)/);
  });

  it('refuses markup in a note or a title, and words that do not match their hash', () => {
    const file = notebookFile(notebook(), NOW);
    const withNote = (note: string) => JSON.stringify({ ...file, collections: [{ ...file.collections[0]!, units: [{ ...file.collections[0]!.units[0]!, note }] }] });
    expect(error(withNote('<script>alert(1)</script>'))).toBe(
      'Tệp “so-tay.json”: bộ sưu tập 1 (“Bài giảng 1”), mục 1, ghi chú: có mã HTML (như <script>); sổ tay chỉ chứa chữ. Sổ tay của bạn không thay đổi.',
    );
    expect(readNotebookFile(withNote('số người < 5 và > 2'), 'so-tay.json').ok).toBe(true);
    const forged = { ...file.collections[0]!.units[0]!, paragraphs: [[['4. Chữ bị sửa.']]] };
    expect(error(JSON.stringify({ ...file, collections: [{ ...file.collections[0]!, units: [forged] }] }))).toMatch(/mục 1 \(Khoản 4 Điều 2\): chữ không khớp mã kiểm tra, tệp đã bị sửa/);
  });

  it('refuses a unit or a document the site does not have', () => {
    const file = notebookFile(notebook(), NOW);
    const unit = { ...file.collections[0]!.units[0]!, eId: 'dieu-99', key: `${R}#dieu-99` };
    const r = readNotebookFile(JSON.stringify({ ...file, collections: [{ ...file.collections[0]!, units: [unit] }] }), 'so-tay.json');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(checkAgainstSite(r.file, 'so-tay.json', site)).toBe(
      'Tệp “so-tay.json”: bộ sưu tập 1 (“Bài giảng 1”), mục 1 nhắc tới “dieu-99”, Quy định nêu gương (Điện Biên) không có đơn vị đó. Sổ tay của bạn không thay đổi.',
    );
    const other = { ...r.file, collections: [{ ...r.file.collections[0]!, units: [{ ...unit, slug: 'khong-co', key: 'khong-co#dieu-99' }] }] };
    expect(checkAgainstSite(other, 'so-tay.json', site)).toMatch(/văn bản “khong-co”, trang này không có văn bản đó/);
  });

  it('merges without removing or overwriting anything: new units added, a colleague’s note kept below one’s own', () => {
    const mine = notebook();
    let theirs = saveUnit(mine, savedUnit(R, 'dieu-3'), 'x').notebook;
    theirs = setNote(theirs, 'bai1', `${R}#dieu-2__khoan-4`, 'Ghi chú của đồng nghiệp');
    const { notebook: merged, summary } = mergeNotebook(mine, theirs.collections);
    expect(summary).toEqual({ collections: 0, added: 1, alreadyThere: 2 });
    const units = merged.collections[0]!.units;
    expect(units.map((u) => u.eId)).toEqual(['dieu-2__khoan-4', 'diem-1', 'dieu-3']);
    expect(units[0]!.note).toBe('Dòng 1\nDòng 2\n\nGhi chú của đồng nghiệp');
    expect(mergeNotebook(merged, theirs.collections).notebook).toEqual(merged);
    const foreign = mergeNotebook(mine, [{ ...mine.collections[0]!, id: 'khac' }]).notebook;
    expect(foreign.collections.map((c) => c.title)).toEqual(['Bài giảng 1', 'Bài giảng 1 (nhập)']);
  });
});
