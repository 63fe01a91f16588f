import { describe, expect, it } from 'vitest';
import { findCitations } from '../../src/lib/citations/recognize.ts';
import { Registry, type CitingDocument } from '../../src/lib/citations/registry.ts';
import { readRegistry } from '../../src/lib/importer/registry-files.ts';
import { citedDocumentSchema, type CitedDocumentData } from '../../src/schemas/cited-document.ts';
import { REGISTRY } from '../support/import.ts';

const DIEN_BIEN: CitingDocument = { slug: 'quy-dinh-neu-guong-dien-bien', province: 'Điện Biên' };
const LAO_CAI: CitingDocument = { slug: 'chi-thi-ky-luat-hanh-chinh-lao-cai', province: 'Lào Cai' };
const UNNAMED: CitingDocument = { slug: 'huong-dan-neu-guong', province: null };

function entry(id: string, data: Partial<CitedDocumentData>) {
  const parsed = citedDocumentSchema.parse({ type: 'Chỉ thị', number: '08', symbol: 'CT/TU', date: null, issuer: null, level: 'tinh', ...data });
  return { ...parsed, id, file: `content/cited/${id}.yaml` };
}

/** The id a cited phrase resolves to, or its error. */
function resolve(registry: Registry, text: string, citing: CitingDocument): string {
  const [phrase] = findCitations(text, registry.namesFor(citing));
  const found = registry.resolve(phrase!, citing);
  return 'id' in found ? found.id : `lỗi: ${found.error}`;
}

describe('the registry of cited documents', () => {
  const twoProvinces = new Registry([
    entry('08-ct-tu-dien-bien', { province: 'Điện Biên' }),
    entry('08-ct-tu-lao-cai', { province: 'Lào Cai' }),
    entry('08-ct-tu-khong-ghi-tinh', { sameProvinceAs: 'huong-dan-neu-guong' }),
  ]);

  it('keys a Tỉnh ủy number by province: Điện Biên’s 08-CT/TU and Lào Cai’s never merge', () => {
    expect(resolve(twoProvinces, 'Chỉ thị số 08-CT/TU', DIEN_BIEN)).toBe('08-ct-tu-dien-bien');
    expect(resolve(twoProvinces, 'Chỉ thị số 08-CT/TU', LAO_CAI)).toBe('08-ct-tu-lao-cai');
    // A phrase that names the province wins over the citing text's province.
    expect(resolve(twoProvinces, 'Chỉ thị số 08-CT/TU của Ban Thường vụ Tỉnh ủy Lào Cai', DIEN_BIEN)).toBe('08-ct-tu-lao-cai');
  });

  it('keeps the /TU citations of a text that names no province to that text, never guessing one', () => {
    expect(resolve(twoProvinces, 'Chỉ thị số 08-CT/TU', UNNAMED)).toBe('08-ct-tu-khong-ghi-tinh');
    expect(resolve(REGISTRY, 'Quy định số 09-QĐ/TU, ngày 28/4/2017', UNNAMED)).toBe('09-qd-tu-khong-ghi-tinh-2017');
    expect(resolve(REGISTRY, 'Quy định số 09-QĐ/TU, ngày 28/4/2017', DIEN_BIEN)).toMatch(/^lỗi: văn bản số 09-QĐ\/TU của tỉnh điện biên chưa có/);
    expect(resolve(new Registry([]), 'Quy định số 09-QĐ/TU', UNNAMED)).toMatch(/không ghi tỉnh: ghi "sameProvinceAs: huong-dan-neu-guong"/);
  });

  it('finds a central document whichever way its number is written', () => {
    for (const text of ['Quy định số 08-QĐi/TW, ngày 25/10/2018', 'Quy định số 08 QĐi/TW của Ban Chấp hành Trung ương', '8-QĐi/TW']) {
      expect(resolve(REGISTRY, text, LAO_CAI), text).toBe('08-qdi-tw-2018');
    }
    expect(resolve(REGISTRY, 'Nghị quyết Trung ương 4 khóa XII', UNNAMED)).toBe('04-nq-tw-2016');
    expect(resolve(REGISTRY, 'Nghị quyết số 04-NQ/TW', UNNAMED)).toBe('04-nq-tw-2016');
  });

  it('tells two documents with one number apart by the year, and says when the phrase cannot', () => {
    const registry = new Registry([
      entry('01-kl-tw-2016', { type: 'Kết luận', symbol: 'KL/TW', number: '01', level: 'trung-uong', date: { day: 1, month: 4, year: 2016 } }),
      entry('01-kl-tw-2021', { type: 'Kết luận', symbol: 'KL/TW', number: '01', level: 'trung-uong', date: { day: 18, month: 5, year: 2021 } }),
    ]);
    expect(resolve(registry, 'Kết luận số 01-KL/TW, ngày 18/5/2021', DIEN_BIEN)).toBe('01-kl-tw-2021');
    expect(resolve(registry, 'Kết luận số 01-KL/TW', DIEN_BIEN)).toMatch(/^lỗi: có 2 văn bản số 01-KL\/TW .* không ghi năm/);
  });

  it('applies a province’s names only in that province’s texts', () => {
    expect(REGISTRY.namesFor(DIEN_BIEN)).toContain('Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh, khóa XV, nhiệm kỳ 2025-2030');
    expect(REGISTRY.namesFor(LAO_CAI)).not.toContain('Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh, khóa XV, nhiệm kỳ 2025-2030');
    expect(REGISTRY.namesFor(LAO_CAI)).toContain('Điều lệ Đảng');
  });

  it('refuses two entries for one document, naming both files', () => {
    expect(() => new Registry([entry('a', { province: 'Điện Biên' }), entry('b', { number: '8', province: 'Điện Biên' })])).toThrow(
      'content/cited/b.yaml: số hiệu 8-CT/TU trùng với content/cited/a.yaml',
    );
  });

  it('reports a registry file that breaks its schema with the file, the line and the field', () => {
    const text = 'type: Chỉ thị\nnumber: "08"\nsymbol: CT/TU\ndate: null\nissuer: null\nlevel: trung-uong\n';
    expect(() => readRegistry([{ file: 'content/cited/x.yaml', text }])).toThrow(/^content\/cited\/x\.yaml:6: trường "level": ký hiệu "CT\/TU" không khớp cấp "trung-uong"/);
    const noProvince = text.replace('trung-uong', 'tinh');
    expect(() => readRegistry([{ file: 'content/cited/x.yaml', text: noProvince }])).toThrow(/trường "province": văn bản cấp tỉnh ghi "province"/);
    expect(() => readRegistry([{ file: 'content/cited/Chữ Hoa.yaml', text }])).toThrow(/tên tệp là địa chỉ trang/);
  });
});
