/** A quotation too long for one card goes on over numbered cards: every word once, in order, none at a smaller size; the address a card prints. */
import { describe, expect, it } from 'vitest';
import { CITATION_LADDER } from '../../src/lib/cards/citation-card.ts';
import type { FitsTest, FittedText } from '../../src/lib/cards/fit.ts';
import { cardAddress } from '../../src/lib/cards/inputs.ts';
import { fitPages } from '../../src/lib/cards/pages.ts';
import { fitsFrame, wordsThatFit } from '../../src/lib/cards/render.ts';
import { unitParagraphs } from '../../src/lib/cards/text.ts';
import { allUnits } from '../../src/lib/model/tree.ts';
import { citationCards, longest, TREES } from '../support/cards.ts';
import { documentTree } from '../support/documents.ts';

/** A stand-in for satori: a card fits when its characters times its size stay under a budget. */
const budget = (limit: number) => async (t: FittedText) => t.paragraphs.join(' ').length * t.fontSize <= limit;
const words = (paragraphs: readonly string[]) => paragraphs.join(' ').split(' ');

const CHAPTER = unitParagraphs(allUnits(documentTree('quy-che-lam-viec-tinh-uy-dien-bien')).find((u) => u.eId === 'chuong-I')!);

describe('fitPages', () => {
  it('keeps a text that fits on one card, unnumbered, at the largest size that fits', async () => {
    const text = ['Điều 1. Phạm vi', 'Quy định này áp dụng đối với cán bộ, đảng viên.'];
    expect(await fitPages(text, [60, 50, 40], budget(10_000), 250)).toEqual([{ paragraphs: text, fontSize: 60, shortened: false }]);
  });

  it('puts a long chapter on numbered cards at the smallest size, every word once and in order', async () => {
    const fits = budget(1500 * 40);
    const pages = await fitPages(CHAPTER, [60, 50, 40], fits, 1500);
    expect(pages.length).toBeGreaterThan(5);
    expect(pages.map((p) => p.part)).toEqual(pages.map((_, i) => ({ index: i + 1, count: pages.length })));
    expect(pages.every((p) => p.fontSize === 40 && !p.shortened)).toBe(true);
    expect(pages.flatMap((p) => words(p.paragraphs))).toEqual(words(CHAPTER));
    for (const p of pages) expect(await fits(p)).toBe(true);
  });

  it('fills each card: one more word would not fit, unless the card ends a sentence or paragraph', async () => {
    const fits = budget(1500 * 40);
    const pages = await fitPages(CHAPTER, [60, 50, 40], fits, 1500);
    const all = words(CHAPTER);
    let at = 0;
    for (const p of pages.slice(0, -1)) {
      const n = words(p.paragraphs).length;
      const last = all[at + n - 1]!;
      const endsThought = /[.;:!?…]["”)]?$/.test(last) || p.paragraphs.at(-1)!.endsWith(last) && CHAPTER.some((q) => q.endsWith(last));
      const oneMore = { ...p, paragraphs: [...p.paragraphs.slice(0, -1), `${p.paragraphs.at(-1)} ${all[at + n]}`] };
      if (!endsThought) expect(await fits(oneMore)).toBe(false);
      at += n;
    }
  });

  it('finds the cuts with few layouts per card', async () => {
    let calls = 0;
    const test = budget(1500 * 40);
    const pages = await fitPages(CHAPTER, [60, 50, 40], async (t) => (calls++, test(t)), 1500);
    expect(calls / pages.length).toBeLessThan(10);
  });

  it('makes the same cards whatever capacity the search starts from; the right one takes fewer layouts', async () => {
    const test = budget(1500 * 40);
    const layouts = async (capacity: number) => {
      let calls = 0;
      const pages = await fitPages(CHAPTER, [60, 50, 40], async (t) => (calls++, test(t)), capacity);
      return { pages, calls };
    };
    const right = await layouts(1500);
    for (const capacity of [50, 600, 1200, 1800, 20_000]) {
      const other = await layouts(capacity);
      expect(other.pages, `capacity ${capacity}`).toEqual(right.pages);
      expect(other.calls, `capacity ${capacity}`).toBeGreaterThanOrEqual(right.calls - 2);
    }
    const short = ['Điều 1. Phạm vi', 'Quy định này áp dụng đối với cán bộ, đảng viên.'];
    for (const limit of [60, 50, 40].map((size) => short.join(' ').length * size)) {
      const want = await fitPages(short, [60, 50, 40], budget(limit), 1);
      for (const capacity of [1, 40, 60, 100, 10_000]) expect(await fitPages(short, [60, 50, 40], budget(limit), capacity)).toEqual(want);
    }
  });

  it('refuses a word that fits no card rather than drop it', async () => {
    const fits = async (t: FittedText) => !t.paragraphs.join(' ').includes('Nghịquyết');
    await expect(fitPages(['Điều 1. Theo', 'Nghịquyết số 21'], [40], fits, 100)).rejects.toThrow(/Không xếp vừa thẻ dù chỉ một chữ: "Nghịquyết"/);
  });
});

describe('cardAddress', () => {
  it('prints the absolute permalink when the public origin is known', () => {
    expect(cardAddress('/so-tay/van-ban/x/#dieu-2__khoan-4', 'https://quydinh.dienbien.vn')).toBe('https://quydinh.dienbien.vn/so-tay/van-ban/x/#dieu-2__khoan-4');
  });

  it('without it, the site’s name and the path, never localhost', () => {
    const address = cardAddress('/van-ban/x/#dieu-2__khoan-4', undefined);
    expect(address).toBe('Sổ tay Quy định · /van-ban/x/#dieu-2__khoan-4');
    expect(address).not.toMatch(/localhost|127\.0\.0\.1/);
  });
});

describe('a card\'s cut read off one layout (wordsThatFit)', () => {
  const card = longest(citationCards(TREES.find((t) => t.meta.slug === 'quy-che-lam-viec-tinh-uy-dien-bien')!));
  const build = (text: FittedText) => card.design.build(card.input, text);
  const fits = fitsFrame(card.design.size, build);
  const predict = wordsThatFit(card.design.size, build);
  const all = card.input.paragraphs.flatMap((p) => p.split(' '));
  const text = (from: number, n: number): FittedText => ({ paragraphs: [all.slice(from, from + n).join(' ')], fontSize: 40, shortened: false });

  it('predicts exactly the most words that fit, at several starting points of a long chapter', { timeout: 120_000 }, async () => {
    for (const from of [0, 137, 401]) {
      const predicted = await predict(text(from, 220));
      expect(predicted, `from word ${from}`).toBeGreaterThan(20);
      expect(await fits(text(from, predicted!)), `from word ${from}`).toBe(true);
      expect(await fits(text(from, predicted! + 1)), `from word ${from}`).toBe(false);
    }
    // A text that fits whole: every word.
    expect(await predict(text(0, 12))).toBe(12);
  });

  it('makes the same cards as the search without it, in fewer layouts', { timeout: 300_000 }, async () => {
    const count = (test: FitsTest, counter: { n: number }): FitsTest => async (t) => (counter.n++, test(t));
    const [withIt, without] = [{ n: 0 }, { n: 0 }];
    const paragraphs = card.input.paragraphs;
    const predicted = await fitPages(paragraphs, CITATION_LADDER, count(fits, withIt), card.design.capacity, async (t) => (withIt.n++, predict(t)));
    const searched = await fitPages(paragraphs, CITATION_LADDER, count(fits, without), card.design.capacity);
    expect(predicted.length).toBeGreaterThan(5);
    expect(predicted).toEqual(searched);
    expect(withIt.n).toBeLessThan(without.n);
  });
});
