/** Two documents on similar topics, passage by passage: the featured pairs. */
import { describe, expect, it } from 'vitest';
import { compareDocuments, comparisonTitle } from '../../src/lib/compare/comparisons.ts';
import { sharedPhrases } from '../../src/lib/compare/shared-phrases.ts';
import { alignmentQuality, loadLabels } from '../support/alignment-quality.ts';
import { documentTree } from '../support/documents.ts';

const REGULATION = 'quy-dinh-neu-guong-dien-bien';
const DIRECTIVE = 'chi-thi-ky-luat-hanh-chinh-lao-cai';
const GUIDELINE = 'huong-dan-neu-guong';

/**
 * Precision and recall on the development set (test/fixtures/alignment-labels.yaml), as
 * recorded in bench/README.md. A change to the method must not do worse.
 */
const RECORDED: Record<string, { precision: number; recall: number }> = {
  [`${REGULATION}--${DIRECTIVE}`]: { precision: 9 / 11, recall: 9 / 16 },
  [`${REGULATION}--${GUIDELINE}`]: { precision: 16 / 27, recall: 16 / 26 },
};

const regulationVsDirective = compareDocuments(documentTree(REGULATION), documentTree(DIRECTIVE));

describe('cross-document alignment', () => {
  for (const labels of loadLabels()) {
    const key = `${labels.a}--${labels.b}`;
    it(`reaches the recorded precision and recall on the labelled pairs of ${key}`, () => {
      const quality = alignmentQuality(compareDocuments(documentTree(labels.a), documentTree(labels.b)), labels);
      const recorded = RECORDED[key]!;
      const report = `P ${quality.precision.toFixed(2)} R ${quality.recall.toFixed(2)}\n${quality.mistakes.join('\n')}`;
      expect(quality.precision, report).toBeGreaterThanOrEqual(recorded.precision - 1e-9);
      expect(quality.recall, report).toBeGreaterThanOrEqual(recorded.recall - 1e-9);
    });
  }

  it('pairs each passage with at most one on the other side', () => {
    const right = regulationVsDirective.pairs.map((p) => p.b);
    expect(new Set(right).size).toBe(right.length);
    expect(regulationVsDirective.pairs.every((p) => p.score >= regulationVsDirective.options.threshold)).toBe(true);
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
    const guideline = compareDocuments(documentTree(REGULATION), documentTree(GUIDELINE));
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
        const title = comparisonTitle(compareDocuments(documentTree(a), documentTree(b)));
        expect(title.length, title).toBeLessThanOrEqual(52);
      }
    }
  });
});
