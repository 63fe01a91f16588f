import { describe, expect, it } from 'vitest';
import { citationFormats, documentCitation, unitCitation } from '../../src/lib/model/pinpoint.ts';
import { unitIndex } from '../../src/lib/model/tree.ts';
import { importSource } from '../support/import.ts';

const regulationTree = importSource('000_7da3d2be77d90cdf.txt').tree;
const regulation = regulationTree.meta;
const guideline = importSource('001_53aca9755fa8ba25.txt').tree.meta;
const rules = importSource('004_cdcf607f15aa0d9f.txt').tree.meta;

describe('pinpoint citations', () => {
  it('cites a clause of the Điện Biên regulation with its blank number and day shown as blanks', () => {
    const clause = unitIndex(regulationTree).get('dieu-2__khoan-4')!.unit;
    expect(unitCitation(documentCitation(regulation), clause.label)).toBe(
      'Khoản 4 Điều 2 Quy định số …-QĐ/TU, ngày …/02/2026 của Ban Thường vụ Tỉnh ủy Điện Biên (dự thảo)',
    );
  });

  it('says a text without number, date or province leaves them blank, and names it by its subject', () => {
    expect(documentCitation(guideline)).toBe(
      'Hướng dẫn tiếp tục thực hiện trách nhiệm nêu gương của cán bộ, đảng viên, nhất là cán bộ lãnh đạo chủ chốt các cấp (Ban Thường vụ Tỉnh ủy (không ghi tỉnh), chưa ghi số, chưa ghi ngày)',
    );
    expect(documentCitation(rules)).toContain('(Ban Chấp hành Đảng bộ tỉnh Điện Biên, chưa ghi số, chưa ghi ngày)');
    expect(documentCitation(rules)).not.toContain('dự thảo');
  });

  it('offers the citation with its link, a quoted plain-text form and a Markdown form', () => {
    const f = citationFormats('Quy định số …-QĐ/TU', 'Khoản 4 Điều 2', 'http://x/van-ban/a/#dieu-2__khoan-4', ' 4. Chủ động   xây dựng *kế hoạch* ');
    expect(f.citation).toBe('Khoản 4 Điều 2 Quy định số …-QĐ/TU\nhttp://x/van-ban/a/#dieu-2__khoan-4');
    expect(f.plain).toBe('“4. Chủ động xây dựng *kế hoạch*”\n(Khoản 4 Điều 2 Quy định số …-QĐ/TU)\nhttp://x/van-ban/a/#dieu-2__khoan-4');
    expect(f.markdown).toBe('> 4. Chủ động xây dựng \\*kế hoạch\\*\n\n— [Khoản 4 Điều 2 Quy định số …-QĐ/TU](http://x/van-ban/a/#dieu-2__khoan-4)');
  });
});
