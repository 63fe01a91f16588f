/**
 * The cards as drawn, snapshot-free: size, ink, nothing in the margins (for each document's
 * longest card), the citation in the card's own text, and a lossless palette PNG.
 */
import { convertIndexedToRgb, decode } from 'fast-png';
import { describe, expect, it } from 'vitest';
import { layOut, layOutPages, type CardDesign, type LaidOut } from '../../src/lib/cards/card.ts';
import { CITATION_LADDER, type CitationCardInput } from '../../src/lib/cards/citation-card.ts';
import { cardSvg, encodePng, rasterize } from '../../src/lib/cards/render.ts';
import { THEME } from '../../src/lib/cards/theme.ts';
import { citationCards, longest, ogImages, TREES, type CardCase } from '../support/cards.ts';

/** The cards' background as RGBA bytes: the only colour allowed in the margins. */
const BACKGROUND = [...THEME.background.slice(1).match(/../g)!.map((hex) => parseInt(hex, 16)), 0xff];

/** The text a card's SVG sets, when satori keeps text as <text> (its `embedFont: false`). */
function svgText(svg: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!.replace(/&(\w+);/g, (_, e: string) => entities[e] ?? `&${e};`)).join('');
}

const squeeze = (s: string) => s.replace(/\s+/g, '');

/** Pixels in the margin band that are not the background, and ink pixels inside it. */
function marginCheck(image: ReturnType<typeof rasterize>, margin: number): { inMargin: number; inside: number } {
  let inMargin = 0;
  let inside = 0;
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const i = (y * image.width + x) * 4;
      const blank = BACKGROUND.every((v, c) => image.pixels[i + c] === v);
      const inBand = x < margin || y < margin || x >= image.width - margin || y >= image.height - margin;
      if (inBand && !blank) inMargin++;
      if (!inBand && !blank) inside++;
    }
  }
  return { inMargin, inside };
}

async function checkCard<Input extends { citation: string }>(card: CardCase<Input>, laidOut?: LaidOut): Promise<void> {
  const design = card.design as CardDesign<Input>;
  const { element } = laidOut ?? (await layOut(design, card.input));
  const image = rasterize(await cardSvg(element, design.size));
  expect([image.width, image.height]).toEqual([design.size.width, design.size.height]);
  const { inMargin, inside } = marginCheck(image, design.size.margin);
  expect(inMargin, `${card.name}: pixels drawn in the margins`).toBe(0);
  expect(inside, `${card.name}: ink`).toBeGreaterThan(10_000);
  const text = svgText(await cardSvg(element, design.size, false));
  expect(squeeze(text)).toContain(squeeze(card.input.citation));
  const png = encodePng(image);
  expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const decoded = decode(png);
  expect([decoded.width, decoded.height, decoded.channels, decoded.palette?.length]).toEqual([design.size.width, design.size.height, 1, expect.any(Number)]);
  // The palette loses nothing: anti-aliased text in three colours needs far fewer than 256.
  const opaque = Buffer.from(image.pixels.filter((_, i) => i % 4 !== 3));
  expect(Buffer.from(convertIndexedToRgb(decoded)).equals(opaque)).toBe(true);
}

/** A citation card's pages: the first and the last drawn and checked (they are alike). */
async function checkCitationCards(card: CardCase<CitationCardInput>): Promise<void> {
  const pages = await layOutPages(card.design, card.input);
  for (const page of new Set([pages[0]!, pages.at(-1)!])) await checkCard(card, page);
}

describe('cards as drawn', () => {
  for (const tree of TREES) {
    it(`the longest citation card of ${tree.meta.slug}: 1920×1080, nothing in the margins, its citation set`, async () => {
      await checkCitationCards(longest(citationCards(tree)));
    }, 120_000);

    it(`the longest one-paragraph card (a clause) of ${tree.meta.slug}: the same`, async () => {
      await checkCitationCards(longest(citationCards(tree).filter((c) => c.input.paragraphs.length === 1)));
    }, 120_000);

    it(`the longest Open Graph image of ${tree.meta.slug}: 1200×630, nothing in the margins, its citation set`, async () => {
      await checkCard(longest(ogImages(tree)));
    }, 60_000);
  }

  it('sets a whole chapter on numbered cards, never below 40 px: every word once, in order, each card saying which it is', async () => {
    const chapter = citationCards(TREES.find((t) => t.meta.slug === 'quy-che-lam-viec-tinh-uy-dien-bien')!).find((c) => c.name.endsWith('/chuong-I'))!;
    const pages = await layOutPages(chapter.design, chapter.input);
    expect(pages.length).toBeGreaterThan(10);
    expect(CITATION_LADDER.at(-1)).toBeGreaterThanOrEqual(40);
    const shown: string[] = [];
    for (const [i, page] of pages.entries()) {
      expect(page.fitted.fontSize).toBeGreaterThanOrEqual(40);
      const text = svgText(await cardSvg(page.element, chapter.design.size, false));
      const label = `${chapter.input.label} · thẻ ${i + 1}/${pages.length}`;
      expect(squeeze(text).startsWith(squeeze(label))).toBe(true);
      expect(squeeze(text)).toContain(squeeze(chapter.input.citation));
      shown.push(...page.fitted.paragraphs);
      expect(squeeze(text)).toContain(squeeze(page.fitted.paragraphs.join('')));
    }
    expect(shown.join(' ').split(/\s+/)).toEqual(chapter.input.paragraphs.join(' ').split(/\s+/));
  }, 180_000);

  it('can fail: a card citing something else does not contain this citation', async () => {
    const card = citationCards(TREES[0]!)[0]!;
    const text = svgText(await cardSvg((await layOut(card.design, { ...card.input, citation: 'Khoản 9 Điều 9' })).element, card.design.size, false));
    expect(squeeze(text)).not.toContain(squeeze(card.input.citation));
  }, 60_000);
});
