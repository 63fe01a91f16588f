import { describe, expect, it } from 'vitest';
import { citationDate } from '../../src/lib/model/dates.ts';
import { citationForms, documentCitation, unitCitation } from '../../src/lib/model/pinpoint.ts';
import { unitIndex } from '../../src/lib/model/tree.ts';
import { importSource } from '../support/import.ts';

const regulationTree = importSource('000_7da3d2be77d90cdf.txt').tree;
const regulation = regulationTree.meta;
const guideline = importSource('001_53aca9755fa8ba25.txt').tree.meta;
const rules = importSource('004_cdcf607f15aa0d9f.txt').tree.meta;
const all = [regulation, guideline, rules, importSource('003_ea6883da93ebe6f8.txt').tree.meta];

describe('pinpoint citations', () => {
  it('cites a clause of the Điện Biên regulation with its blank number and day shown as blanks', () => {
    const clause = unitIndex(regulationTree).get('dieu-2__khoan-4')!.unit;
    expect(unitCitation(documentCitation(regulation), clause.label)).toBe(
      'Khoản 4 Điều 2 Quy định số …-QĐ/TU, ngày …/02/2026 của Ban Thường vụ Tỉnh ủy Điện Biên (dự thảo)',
    );
    expect(documentCitation(regulation, 'formal')).toBe('Quy định số …-QĐ/TU, ngày … tháng 02 năm 2026 của Ban Thường vụ Tỉnh ủy Điện Biên (dự thảo)');
  });

  it('names a text without number, date or province by its subject, its blanks as "…"', () => {
    expect(documentCitation(guideline)).toBe(
      'Hướng dẫn tiếp tục thực hiện trách nhiệm nêu gương của cán bộ, đảng viên, nhất là cán bộ lãnh đạo chủ chốt các cấp, số …, ngày … của Ban Thường vụ Tỉnh ủy …',
    );
    expect(documentCitation(rules, 'formal')).toMatch(/, số …, ngày … tháng … năm … của Ban Chấp hành Đảng bộ tỉnh Điện Biên$/);
    expect(documentCitation(rules)).not.toContain('dự thảo');
  });

  it('never nests brackets nor explains a blank inside a citation', () => {
    for (const meta of all) {
      for (const style of ['written', 'formal'] as const) {
        const text = documentCitation(meta, style);
        expect(text).not.toMatch(/\([^)]*\(/);
        expect(text).not.toMatch(/chưa ghi|không ghi/);
      }
    }
  });

  it('writes dates as Nghị định 30 does: a zero before a day below 10 and before months 1 and 2', () => {
    expect(citationDate({ day: 7, month: 6, year: 2012 }, 'written')).toBe('ngày 07/6/2012');
    expect(citationDate({ day: 7, month: 6, year: 2012 }, 'formal')).toBe('ngày 07 tháng 6 năm 2012');
    expect(citationDate({ day: 28, month: 2, year: 2018 }, 'written')).toBe('ngày 28/02/2018');
    expect(citationDate({ day: null, month: 2, year: 2026 }, 'formal')).toBe('ngày … tháng 02 năm 2026');
    expect(citationDate(null, 'written')).toBe('ngày …');
  });

  it('offers the citation with its link, and the quoted words with both', () => {
    const f = citationForms('Khoản 4 Điều 2 Quy định số …-QĐ/TU', 'http://x/van-ban/a/#dieu-2__khoan-4', ' 4. Chủ động   xây dựng *kế hoạch* ');
    expect(f.citation).toBe('Khoản 4 Điều 2 Quy định số …-QĐ/TU\nhttp://x/van-ban/a/#dieu-2__khoan-4');
    expect(f.withText).toBe('“4. Chủ động xây dựng *kế hoạch*”\n(Khoản 4 Điều 2 Quy định số …-QĐ/TU)\nhttp://x/van-ban/a/#dieu-2__khoan-4');
  });
});
