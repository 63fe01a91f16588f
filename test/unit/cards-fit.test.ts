/** Fitting a quotation: the largest size that fits, then whole words and "…xem toàn văn", never a cut word. */
import { describe, expect, it } from 'vitest';
import { firstWords, fitText, MORE, type FittedText } from '../../src/lib/cards/fit.ts';
import { unitParagraphs } from '../../src/lib/cards/text.ts';
import { allUnits } from '../../src/lib/model/tree.ts';
import { documentTree } from '../support/documents.ts';

/** A stand-in for satori: a card fits when its characters times its size stay under a budget. */
const budget = (limit: number) => async (t: FittedText) => t.paragraphs.join(' ').length * t.fontSize <= limit;

const PARAGRAPHS = ['Điều 5. Trách nhiệm nêu gương', 'Cán bộ, đảng viên phải gương mẫu đi đầu thực hiện nghị quyết của Đảng.'];

describe('fitText', () => {
  it('keeps the whole text at the largest size that fits', async () => {
    const chars = PARAGRAPHS.join(' ').length;
    expect(await fitText(PARAGRAPHS, [60, 50, 40], budget(chars * 60))).toEqual({ paragraphs: PARAGRAPHS, fontSize: 60, shortened: false });
    expect(await fitText(PARAGRAPHS, [60, 50, 40], budget(chars * 45))).toMatchObject({ fontSize: 40, shortened: false });
  });

  it('past the smallest size keeps as many whole words as fit and says so', async () => {
    const fitted = await fitText(PARAGRAPHS, [60, 50, 40], budget(60 * 40));
    expect(fitted.shortened).toBe(true);
    expect(fitted.paragraphs.join(' ').length * 40).toBeLessThanOrEqual(60 * 40);
    const shown = fitted.paragraphs.join(' ');
    expect(shown.endsWith(` ${MORE}`)).toBe(true);
    const words = PARAGRAPHS.join(' ').split(' ');
    const kept = shown.slice(0, -MORE.length - 1).split(' ');
    // Every word shown is a whole word of the text, in order; one more would not fit.
    expect(kept).toEqual(words.slice(0, kept.length));
    expect(firstWords(PARAGRAPHS, kept.length + 1).join(' ').length * 40).toBeGreaterThan(60 * 40);
  });

  it('fits a whole chapter (thousands of words) by probing a prefix first, with the same answer', async () => {
    const chapter = unitParagraphs(allUnits(documentTree('quy-che-lam-viec-tinh-uy-dien-bien')).find((u) => u.eId === 'chuong-I')!);
    let calls = 0;
    const test = budget(2000 * 30);
    const counted = async (t: FittedText) => (calls++, test(t));
    const fitted = await fitText(chapter, [60, 40, 30], counted);
    expect(fitted).toMatchObject({ fontSize: 30, shortened: true });
    expect(fitted.paragraphs.join(' ').length).toBeLessThanOrEqual(2000);
    expect(calls).toBeLessThan(20);
  });

  it('refuses rather than show an empty card', async () => {
    await expect(fitText(PARAGRAPHS, [40], budget(1))).rejects.toThrow(/Không xếp vừa/);
  });
});

describe('firstWords', () => {
  it('cuts between words, across paragraphs', () => {
    expect(firstWords(PARAGRAPHS, 8)).toEqual(['Điều 5. Trách nhiệm nêu gương', `Cán bộ, ${MORE}`]);
    expect(firstWords(PARAGRAPHS, 3, '')).toEqual(['Điều 5. Trách']);
  });
});
