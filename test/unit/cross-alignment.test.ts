/** Two documents on similar topics, passage by passage: the featured pairs. */
import { describe, expect, it } from 'vitest';
import { readCitedTitles } from '../../src/lib/compare/cited-titles.ts';
import { compareDocuments, comparisonTitle, crossLibrary } from '../../src/lib/compare/comparisons.ts';
import { sharedPhrases } from '../../src/lib/compare/shared-phrases.ts';
import { syllables } from '../../src/lib/compare/syllables.ts';
import { dutyTerms } from '../../src/lib/compare/tfidf.ts';
import { alignmentQuality, loadLabels } from '../support/alignment-quality.ts';
import { documentTree } from '../support/documents.ts';
import { CITED, SLUGS } from '../support/paths.ts';

const REGULATION = 'quy-dinh-neu-guong-dien-bien';
const DIRECTIVE = 'chi-thi-ky-luat-hanh-chinh-lao-cai';
const GUIDELINE = 'huong-dan-neu-guong';

/**
 * Precision and recall on the development set (test/fixtures/alignment-labels.yaml), as
 * recorded in bench/README.md. A change to the method must not do worse.
 */
const RECORDED: Record<string, { precision: number; recall: number }> = {
  [`${REGULATION}--${DIRECTIVE}`]: { precision: 17 / 20, recall: 11 / 18 },
  [`${REGULATION}--${GUIDELINE}`]: { precision: 36 / 41, recall: 23 / 26 },
};

const library = crossLibrary(Object.values(SLUGS).map(documentTree), readCitedTitles(CITED));
const compare = (a: string, b: string) => compareDocuments(documentTree(a), documentTree(b), library);
const regulationVsDirective = compare(REGULATION, DIRECTIVE);

// Whole texts compared, the Quy chế among them: seconds on a 2-core machine other builds share.
describe('cross-document alignment', () => {
  for (const labels of loadLabels()) {
    const key = `${labels.a}--${labels.b}`;
    it(`reaches the recorded precision and recall on the labelled pairs of ${key}`, () => {
      const quality = alignmentQuality(compare(labels.a, labels.b), labels);
      const recorded = RECORDED[key]!;
      const report = `P ${quality.precision.toFixed(2)} R ${quality.recall.toFixed(2)}\n${quality.mistakes.join('\n')}`;
      expect(quality.precision, report).toBeGreaterThanOrEqual(recorded.precision - 1e-9);
      expect(quality.recall, report).toBeGreaterThanOrEqual(recorded.recall - 1e-9);
    });
  }

  it('lists a many-to-one group as one pair per member, each pair in exactly one group', () => {
    const pair = (a: string, b: string) => regulationVsDirective.pairs.find((p) => p.a === a && p.b === b);
    // Khoản 4 Điều 4: who monitors and reports; the directive gives it to three bodies, 4.3, 4.4 and 4.5.
    const members = ['diem-4__tiet-4-3', 'diem-4__tiet-4-4', 'diem-4__tiet-4-5'].map((b) => pair('dieu-4__khoan-4', b)!);
    expect(new Set(members.map((p) => p.group)).size).toBe(1);
    expect(regulationVsDirective.groups[members[0]!.group]).toEqual({ a: ['dieu-4__khoan-4'], b: ['diem-4__tiet-4-3', 'diem-4__tiet-4-4', 'diem-4__tiet-4-5'] });
    for (const [g, group] of regulationVsDirective.groups.entries()) {
      const inGroup = regulationVsDirective.pairs.filter((p) => p.group === g);
      expect(inGroup.length, JSON.stringify(group)).toBe(group.a.length * group.b.length);
      expect(Math.min(group.a.length, group.b.length)).toBe(1);
    }
    expect(regulationVsDirective.pairs.every((p) => p.score >= regulationVsDirective.options.mutualThreshold)).toBe(true);
  });

  it('pairs a "Căn cứ" line only with one citing the same document, never with body text', () => {
    const guideline = compare(REGULATION, GUIDELINE);
    for (const c of [regulationVsDirective, guideline]) {
      expect(c.pairs.filter((p) => p.a.startsWith('can-cu-'))).toEqual([]);
    }
    // The Quy chế rests on the Điều lệ Đảng too: the one "Căn cứ" both texts share.
    const rules = compare(REGULATION, 'quy-che-lam-viec-tinh-uy-dien-bien');
    expect(rules.pairs.filter((p) => p.a.startsWith('can-cu-') || p.b.startsWith('can-cu-')).map((p) => [p.a, p.b])).toEqual([['can-cu-1', 'can-cu-1']]);
  });

  it("prefers the guideline's own text to its pledge form, and notes the repeat", () => {
    const guideline = compare(REGULATION, GUIDELINE);
    expect(guideline.repeatsB['mau-1__diem-1__doan-1']).toEqual(['muc-III__diem-1__doan-1']);
    expect(guideline.repeatsB['mau-1__diem-7__doan-1']).toEqual(['muc-III__diem-7__doan-1', 'muc-III__diem-7__doan-2']);
    expect(guideline.pairs.filter((p) => guideline.repeatsB[p.b])).toEqual([]);
    expect(guideline.onlyB.filter((e) => guideline.repeatsB[e])).toEqual([]);
    expect(guideline.pairs.some((p) => p.a === 'dieu-2__khoan-1' && p.b === 'muc-III__diem-1__doan-1')).toBe(true);
  });

  it('compares what the two texts rest on and cite: both, only one, bases first', () => {
    const { both, onlyLeft, onlyRight } = regulationVsDirective.bases;
    expect(both.map((r) => r.id)).toEqual(['05-ct-tw-2016', '21-kl-tw-2021']);
    expect(onlyLeft.slice(0, 5).map((r) => [r.id, r.left!.basis.map((u) => u.label)])).toEqual([
      ['dieu-le-dang', ['Căn cứ thứ 1']],
      ['101-qd-tw-2012', ['Căn cứ thứ 2']],
      ['08-qdi-tw-2018', ['Căn cứ thứ 3']],
      ['144-qd-tw-2024', ['Căn cứ thứ 4']],
      ['quy-che-lam-viec-dien-bien-khoa-xv', ['Căn cứ thứ 5']],
    ]);
    expect(onlyLeft.slice(5).every((r) => r.left!.basis.length === 0 && r.left!.text.length > 0)).toBe(true);
    expect(onlyRight.map((r) => r.id)).toEqual(['01-kl-tw-2021', '198-kl-tw-2025', '226-kl-tw-2025']);
    expect(both[1]!.left!.text.map((u) => u.eId)).toEqual(['dieu-2__khoan-14']);
    expect(both[1]!.right!.text.map((u) => u.eId)).toEqual(['diem-1__doan-1']);
  });

  it("pairs a passage that restates one khoản with that khoản only, not with another it merely resembles", () => {
    const guideline = compare(REGULATION, GUIDELINE);
    // III.5 đoạn 9 ("Chăm lo xây dựng đội ngũ cán bộ … bảo vệ cán bộ năng động") is khoản 11 of the
    // regulation nearly word for word (0.82); khoản 9 ("Năng động, sáng tạo, dám nghĩ …") only
    // shares "năng động, sáng tạo … vì lợi ích chung" with it (0.26).
    const with95 = guideline.pairs.filter((p) => p.b === 'muc-III__diem-5__doan-9').map((p) => p.a);
    expect(with95).toEqual(['dieu-2__khoan-11']);
    expect(guideline.pairs.some((p) => p.a === 'dieu-2__khoan-9' && p.b === 'muc-III__diem-5__doan-2')).toBe(true);
  });

  it('reads spelling variants and near-synonyms as one word, the shown text unchanged', () => {
    const terms = (text: string) => [...new Set(dutyTerms(text))].sort();
    expect(terms('định kỳ hàng năm báo cáo')).toEqual(terms('định kỳ hằng năm báo cáo'));
    expect(terms('gây phiền hà cho người dân')).toEqual(terms('gây phiền hà cho Nhân dân'));
    expect(terms('sách nhiễu, đảm bảo kỹ năng')).toEqual(terms('nhũng nhiễu, bảo đảm kĩ năng'));
    // Only written together: "người, dân tộc" is not "người dân".
    expect(terms('người, dân tộc')).not.toContain(dutyTerms('nhân dân').at(-1));
    expect(regulationVsDirective.a.find((p) => p.eId === 'dieu-4__khoan-4')!.text).toContain('định kỳ hàng năm báo cáo');
  });

  it('weighs what every Party text says less than a rare shared phrase', () => {
    const idf = (words: string) => library.idf.idf(syllables(words).map((s) => s.key).join(' '));
    expect(idf('cán bộ')).toBeLessThan(idf('rõ người') / 2);
    expect(idf('tổ chức')).toBeLessThan(idf('dám nghĩ') / 2);
  });

  it('highlights "rõ người, rõ việc, rõ thời gian, rõ trách nhiệm" in both the regulation and the directive', () => {
    const pair = regulationVsDirective.pairs.find((p) => p.a === 'dieu-2__khoan-4')!;
    expect(pair.b).toBe('diem-1__doan-3');
    const textA = regulationVsDirective.a.find((p) => p.eId === pair.a)!.text;
    const textB = regulationVsDirective.b.find((p) => p.eId === pair.b)!.text;
    const longest = pair.phrases.reduce((x, y) => (y.length > x.length ? y : x));
    expect(textA.slice(...longest.a)).toContain('rõ người, rõ việc, rõ thời gian, rõ trách nhiệm');
    expect(textB.slice(...longest.b)).toContain('rõ người, rõ việc, rõ thời gian, rõ trách nhiệm');
  });

  it('lists what only one province requires: running for posts is only in Điện Biên', () => {
    expect(regulationVsDirective.left.side).toBe('Điện Biên');
    expect(regulationVsDirective.right.side).toBe('Lào Cai');
    expect(regulationVsDirective.onlyA).toContain('dieu-3__khoan-6');
    expect(regulationVsDirective.onlyA).not.toContain('dieu-2__khoan-4');
    expect(regulationVsDirective.similarToA['dieu-3__khoan-6']!.every((s) => s.score < regulationVsDirective.options.threshold)).toBe(true);
  });

  it('leaves short form fields and headings out', () => {
    const guideline = compare(REGULATION, GUIDELINE);
    expect(guideline.b.map((p) => p.eId)).not.toContain('mau-1__doan-2');
    expect(guideline.b.map((p) => p.eId)).not.toContain('muc-III');
    expect(guideline.right.side).toBe('Hướng dẫn nêu gương');
  });
});

describe('shared phrases', () => {
  it('finds phrases in any order, ignoring punctuation, longest first without overlap', () => {
    const a = 'phải gương mẫu, nói đi đôi với làm; không tham gia xúi giục';
    const b = 'không tham gia xúi giục; luôn nói đi đôi với làm';
    const found = sharedPhrases(a, b).map((p) => [a.slice(...p.a), b.slice(...p.b)]);
    expect(found).toEqual([
      ['nói đi đôi với làm', 'nói đi đôi với làm'],
      ['không tham gia xúi giục', 'không tham gia xúi giục'],
    ]);
  });

  it('ignores runs shorter than three syllables', () => {
    expect(sharedPhrases('cán bộ tỉnh', 'tỉnh cán bộ')).toEqual([]);
  });
});

describe('comparison page titles', () => {
  it('fit a tab: the short titles when they fit, else type and province', () => {
    expect(comparisonTitle(regulationVsDirective)).toBe('So sánh: Quy định Điện Biên và Chỉ thị Lào Cai');
    const slugs = [REGULATION, DIRECTIVE, GUIDELINE, 'quy-che-lam-viec-tinh-uy-dien-bien'];
    for (const [i, a] of slugs.entries()) {
      for (const b of slugs.slice(i + 1)) {
        const title = comparisonTitle(compare(a, b));
        expect(title.length, title).toBeLessThanOrEqual(52);
      }
    }
  });
});
