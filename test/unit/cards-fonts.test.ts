/**
 * Vietnamese on the cards: every character any card shows is in the fonts of its fallback
 * chain, and the subsets work only under distinct family names (the pitfall this guards).
 */
import * as fontkit from 'fontkit';
import satori from 'satori';
import { describe, expect, it } from 'vitest';
import { div, type CardElement } from '../../src/lib/cards/element.ts';
import { MORE } from '../../src/lib/cards/fit.ts';
import { cardFonts, familyName, FONT_FAMILY, FONT_SUBSETS, FONT_WEIGHTS, fontFile } from '../../src/lib/cards/fonts.ts';
import { rasterize } from '../../src/lib/cards/render.ts';
import { citationCards, inputText, ogImages, TREES } from '../support/cards.ts';

/** Every character of every card of every document, with the words the cards add. */
function cardCharacters(): Set<string> {
  const texts = TREES.flatMap((tree) => [...citationCards(tree), ...ogImages(tree)].map((c) => inputText(c.input)));
  return new Set([...texts.join(''), ...MORE].filter((ch) => ch !== '\n'));
}

describe('fonts of the cards', () => {
  it('list every subset under its own family name, in the chain the cards use', () => {
    expect(FONT_FAMILY).toBe('bvp-latin, bvp-vietnamese, bvp-latin-ext');
    expect(new Set(cardFonts().map((f) => `${f.name} ${f.weight}`)).size).toBe(FONT_SUBSETS.length * FONT_WEIGHTS.length);
  });

  it('cover every character that appears on any card, in every weight (checked against the cmaps)', () => {
    const characters = cardCharacters();
    expect(characters.size).toBeGreaterThan(100);
    for (const weight of FONT_WEIGHTS) {
      const chain = FONT_SUBSETS.map((s) => fontkit.openSync(fontFile(s, weight)) as fontkit.Font);
      const missing = [...characters].filter((ch) => !chain.some((font) => font.hasGlyphForCodePoint(ch.codePointAt(0)!)));
      expect(missing.map((ch) => `${ch} U+${ch.codePointAt(0)!.toString(16).toUpperCase()}`), `weight ${weight}`).toEqual([]);
    }
  });

  it('are given text in NFC only, so no mark is left to stack on its own', () => {
    const texts = TREES.flatMap((tree) => [...citationCards(tree), ...ogImages(tree)].map((c) => inputText(c.input)));
    expect(texts.filter((t) => t !== t.normalize('NFC'))).toEqual([]);
  });
});

describe('the single-family pitfall', () => {
  const LETTERS = ['Đ', 'ư', 'ơ', 'ộ', 'ệ', 'ế', 'ẫ', 'ữ', 'Ặ'];
  const BOX = 100;

  /** Each letter alone in a box, drawn with the given fonts; the dark pixels in each box. */
  async function inkPerLetter(fonts: ReturnType<typeof cardFonts>, fontFamily: string): Promise<number[]> {
    const row = div(
      { width: BOX * LETTERS.length, height: BOX, backgroundColor: '#fff', color: '#000', fontFamily, fontSize: 64 },
      LETTERS.map((l) => div({ width: BOX, height: BOX, justifyContent: 'center', alignItems: 'center' }, l)),
    );
    const svg = await satori(row as CardElement as unknown as Parameters<typeof satori>[0], { width: BOX * LETTERS.length, height: BOX, fonts });
    const { width, pixels } = rasterize(svg);
    return LETTERS.map((_, i) => {
      let ink = 0;
      for (let y = 0; y < BOX; y++) for (let x = i * BOX; x < (i + 1) * BOX; x++) if (pixels[(y * width + x) * 4]! < 128) ink++;
      return ink;
    });
  }

  it('draws every letter when each subset has its own name (the cards’ setup)', async () => {
    const ink = await inkPerLetter(cardFonts(), FONT_FAMILY);
    expect(LETTERS.filter((_, i) => ink[i] === 0)).toEqual([]);
  });

  it('loses letters when the subsets share one family name (what must never be merged)', async () => {
    const merged = cardFonts().map((f) => ({ ...f, name: 'bvp' }));
    const ink = await inkPerLetter(merged, 'bvp');
    const lost = LETTERS.filter((_, i) => ink[i] === 0);
    expect(lost).toEqual(expect.arrayContaining(['Đ', 'ư', 'ơ']));
    expect(familyName('vietnamese')).not.toBe(familyName('latin'));
  });
});
