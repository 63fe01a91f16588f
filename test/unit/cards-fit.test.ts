/** Fitting a quotation: the largest size that fits, then whole words and "…xem toàn văn", never a cut word. */
import { describe, expect, it } from 'vitest';
import { firstTry, firstWords, fitText, MORE, type FitsTest, type FittedText } from '../../src/lib/cards/fit.ts';
import { CITATION_LADDER } from '../../src/lib/cards/citation-card.ts';
import { fitsFrame } from '../../src/lib/cards/render.ts';
import { unitParagraphs } from '../../src/lib/cards/text.ts';
import { allUnits } from '../../src/lib/model/tree.ts';
import { citationCards, longest, ogImages, TREES, type CardCase } from '../support/cards.ts';
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

  it('gives the same answer whatever size it tries first', async () => {
    const chars = PARAGRAPHS.join(' ').length;
    const ladder = [60, 54, 48, 44, 40];
    // A budget for each outcome: fits at each size, and at none (then shortened).
    for (const limit of [...ladder.map((size) => chars * size), chars * 30]) {
      const want = await fitText(PARAGRAPHS, ladder, budget(limit));
      for (const capacity of [1, chars / 2, chars, chars * 2, 10_000]) expect(await fitText(PARAGRAPHS, ladder, budget(limit), capacity), `${limit} ${capacity}`).toEqual(want);
    }
    expect(ladder.map((_, i) => firstTry(PARAGRAPHS, ladder, (chars * (ladder[i]! / 40) ** 2) ))).toEqual([0, 1, 2, 3, 4]);
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

/** The fitting this replaced, kept as the reference: each size down the ladder, one at a time. */
async function ladderFit(paragraphs: readonly string[], ladder: readonly number[], fits: FitsTest): Promise<FittedText> {
  const words = paragraphs.reduce((n, p) => n + p.split(' ').length, 0);
  const long = words > 700;
  let probeFits = false;
  for (const fontSize of ladder) {
    const whole = { paragraphs: [...paragraphs], fontSize, shortened: false };
    if (long) {
      probeFits = await fits({ ...whole, paragraphs: firstWords(paragraphs, 700, '') });
      if (!probeFits) continue;
    }
    if (await fits(whole)) return whole;
  }
  const fontSize = ladder.at(-1)!;
  const at = (count: number) => ({ paragraphs: firstWords(paragraphs, count), fontSize, shortened: true });
  let lo = 0;
  let hi = long && !probeFits ? 700 : words;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (await fits(at(mid))) lo = mid;
    else hi = mid;
  }
  return at(lo);
}

describe('fitText laid out by satori', () => {
  const quyChe = TREES.find((t) => t.meta.slug === 'quy-che-lam-viec-tinh-uy-dien-bien')!;
  // Each document's longest card, one unit in ten, its own preview and its first article's;
  // the longest unit of all (a chapter of the Quy chế, thousands of words) among them.
  const cards = TREES.flatMap((t) => [longest(citationCards(t)), ...citationCards(t).filter((_, i) => i % 10 === 0)]);
  const previews = TREES.flatMap((t) => ogImages(t).slice(0, 2));

  it('includes the longest unit of the Quy chế, and texts that fit at the largest, middle and smallest sizes and at none', () => {
    const longestUnit = allUnits(quyChe).reduce((a, b) => (unitParagraphs(b).join(' ').length > unitParagraphs(a).join(' ').length ? b : a));
    expect(cards.map((c) => c.name)).toContain(`the/${quyChe.meta.slug}/${longestUnit.eId}`);
  });

  it('chooses the same size and words as trying each size down the ladder, with fewer layouts', { timeout: 300_000 }, async () => {
    let bisected = 0;
    let laddered = 0;
    const sizes = new Set<string>();
    /** Both fittings of one card, each counting its layouts. */
    async function fitBoth<Input>(card: CardCase<Input>): Promise<void> {
      const { design, input } = card;
      const fits = fitsFrame(design.size, (text) => design.build(input, text));
      const counting = (count: () => void): FitsTest => async (t) => (count(), fits(t));
      const [paragraphs, ladder] = [design.paragraphs(input), design.ladder(input)];
      const got = await fitText(paragraphs, ladder, counting(() => bisected++), design.capacity);
      const want = await ladderFit(paragraphs, ladder, counting(() => laddered++));
      expect(got, card.name).toEqual(want);
      sizes.add(want.shortened ? 'none' : String(ladder.indexOf(want.fontSize)));
    }
    for (const card of cards) await fitBoth(card);
    for (const preview of previews) await fitBoth(preview);
    // The cases reach every part of the ladder, so the bisection is tried on each.
    expect([...sizes].sort()).toEqual([...CITATION_LADDER.keys()].map(String).concat('none'));
    console.log(`satori layouts for ${cards.length + previews.length} cards: ${bisected} bisecting, ${laddered} down the ladder`);
    expect(bisected).toBeLessThan(laddered);
  });
});
