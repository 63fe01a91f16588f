/**
 * The card PNG writer (node:zlib) against the encoder it replaced (fast-png, the same exact
 * palette): every PNG decodes to the very pixels the old one did, and to resvg's own.
 */
import { convertIndexedToRgb, decode, encode } from 'fast-png';
import { describe, expect, it } from 'vitest';
import { layOutPages, type CardDesign } from '../../src/lib/cards/card.ts';
import { rgbaPng } from '../../src/lib/cards/png.ts';
import { cardSvg, encodePng, indexColours, rasterize } from '../../src/lib/cards/render.ts';
import { citationCards, longest, ogImages, TREES } from '../support/cards.ts';

type Image = ReturnType<typeof rasterize>;

/** What the cards were encoded with before: fast-png, exact palette, zlib level 6. */
function oldPng(image: Image): Uint8Array {
  const { width, height } = image;
  const indexed = indexColours(image);
  const zlib = { zlib: { level: 6 } } as const;
  return indexed
    ? encode({ width, height, data: indexed.indices, channels: 1, depth: 8, palette: indexed.palette }, zlib)
    : encode({ width, height, data: image.pixels, channels: 4, depth: 8 }, zlib);
}

/** A decoded PNG as RGB(A) bytes, whatever its colour type. */
function pixelsOf(png: Uint8Array): { width: number; height: number; channels: number; bytes: Buffer } {
  const decoded = decode(png);
  const bytes = decoded.palette ? Buffer.from(convertIndexedToRgb(decoded)) : Buffer.from(decoded.data as Uint8Array);
  return { width: decoded.width, height: decoded.height, channels: decoded.palette ? 3 : decoded.channels, bytes };
}

const opaqueRgb = (pixels: Buffer) => Buffer.from(pixels.filter((_, i) => i % 4 !== 3));

const tree = TREES[0]!;
const cases = [longest(citationCards(tree).filter((c) => c.input.paragraphs.length === 1)), citationCards(tree)[0]!, longest(ogImages(tree))];

describe('card PNG writer', () => {
  for (const card of cases) {
    it(`${card.name}: decodes to the same pixels as the old encoder's PNG and as resvg drew them`, async () => {
      const design = card.design as CardDesign<typeof card.input>;
      const [page] = await layOutPages(design, card.input);
      const image = rasterize(await cardSvg(page!.element, design.size));
      const now = pixelsOf(encodePng(image));
      const before = pixelsOf(oldPng(image));
      expect([now.width, now.height, now.channels]).toEqual([design.size.width, design.size.height, 3]);
      expect(now.bytes.equals(before.bytes)).toBe(true);
      expect(now.bytes.equals(opaqueRgb(image.pixels))).toBe(true);
    }, 60_000);
  }

  it('writes an image with see-through pixels or more than 256 colours in full colour, losing nothing', () => {
    const width = 40;
    const height = 30;
    const pixels = Buffer.alloc(width * height * 4);
    for (let i = 0; i < width * height; i++) pixels.set([i % 256, (i * 7) % 256, (i >> 8) * 40, i % 5 ? 255 : 128], i * 4);
    const image = { width, height, pixels };
    expect(indexColours(image)).toBeNull();
    const now = pixelsOf(encodePng(image));
    expect([now.width, now.height, now.channels]).toEqual([width, height, 4]);
    expect(now.bytes.equals(pixels)).toBe(true);
    expect(now.bytes.equals(pixelsOf(oldPng(image)).bytes)).toBe(true);
    expect(Buffer.from(rgbaPng(width, height, pixels)).equals(Buffer.from(encodePng(image)))).toBe(true);
  });
});
