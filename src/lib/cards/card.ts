/** From a card's design and its input to a PNG: fit the text, draw, rasterise, encode, cache. */
import { existsSync, readFileSync } from 'node:fs';
import { cached, cacheFile, contentHash, packageVersion } from './cache.ts';
import type { CardElement } from './element.ts';
import { FIT_VERSION, fitText, MORE } from './fit.ts';
import { fitPages, PAGES_VERSION, type CardPage } from './pages.ts';
import { cardFonts } from './fonts.ts';
import { PNG_LEVEL } from './png.ts';
import { cardSvg, encodePng, fitsFrame, rasterize, wordsThatFit } from './render.ts';
import type { CardSize } from './theme.ts';

/** One kind of card: its frame, the type sizes its text may take, and how it is built. */
export interface CardDesign<Input> {
  size: CardSize;
  ladder: (input: Input) => readonly number[];
  /**
   * About how many characters of text the card holds at its smallest size: where fitting starts
   * looking (fit.ts `firstTry`). A wrong figure costs layouts, never changes a card.
   */
  capacity: number;
  /** The text to fit, one string per paragraph. */
  paragraphs: (input: Input) => string[];
  /** The card with its text set; `fixed` fills the frame, otherwise its height is left to measure. */
  build: (input: Input, text: CardPage, fixed?: boolean) => CardElement;
}

/** A card laid out to fit its frame, ready to draw, and how its text was fitted. */
export interface LaidOut {
  element: CardElement;
  fitted: CardPage;
}

/** The card laid out to fit its frame. */
export async function layOut<Input>(design: CardDesign<Input>, input: Input): Promise<LaidOut> {
  const fitted = await fitText(design.paragraphs(input), design.ladder(input), fitsFrame(design.size, (text) => design.build(input, text)), design.capacity);
  return { element: design.build(input, fitted, true), fitted };
}

let tools: string | undefined;

/** The fonts' bytes and the renderers' versions, the same for every card: hashed once per build. */
function toolsDigest(): string {
  tools ??= contentHash([
    ...['satori', '@resvg/resvg-js'].map((p) => `${p}@${packageVersion(p)}`),
    `png ${PNG_LEVEL} node:zlib ${process.versions.zlib}`,
    ...cardFonts().map((f) => f.data),
  ]);
  return tools;
}

/**
 * What decides a card's pixels: the element tree with its whole text at the largest size (every
 * style, colour and word of the design), the ladder, the fitting code's version, the fonts and
 * the renderers' versions.
 */
function cardKey<Input>(design: CardDesign<Input>, input: Input): string {
  const ladder = design.ladder(input);
  const unfitted = design.build(input, { paragraphs: design.paragraphs(input), fontSize: ladder[0]!, shortened: false }, true);
  return contentHash([JSON.stringify(unfitted), JSON.stringify(design.size), ladder.join(), MORE, `fit ${FIT_VERSION}`, `pages ${PAGES_VERSION}`, toolsDigest()]);
}

/** The card as a PNG, from the cache when nothing that decides it has changed. */
export function cardPng<Input>(design: CardDesign<Input>, input: Input): Promise<Uint8Array> {
  return cached(cardKey(design, input), async () => encodePng(rasterize(await cardSvg((await layOut(design, input)).element, design.size))));
}

/** Whether the card's PNG (`cardPng`) is in the cache. */
export function isCached<Input>(design: CardDesign<Input>, input: Input): boolean {
  return existsSync(cacheFile(cardKey(design, input)));
}

/** Whether the cache holds how many cards the quotation takes (`cardCount`) and each of them (`cardPagePng`). */
export function pagesCached<Input>(design: CardDesign<Input>, input: Input): boolean {
  const key = cardKey(design, input);
  const count = cacheFile(key, 'count');
  if (!existsSync(count)) return false;
  const n = Number(readFileSync(count, 'utf8'));
  return Array.from({ length: n }, (_, i) => cacheFile(`${key}-${i + 1}`)).every((f) => existsSync(f));
}

/** Cards laid out in this build, by key: the paths need the count, then each card its page. */
const laidOut = new Map<string, Promise<LaidOut[]>>();

/** The quotation on as many cards as it needs (one when it fits), each laid out to fill its frame. */
export function layOutPages<Input>(design: CardDesign<Input>, input: Input): Promise<LaidOut[]> {
  const key = cardKey(design, input);
  let pages = laidOut.get(key);
  if (!pages) {
    const build = (text: CardPage) => design.build(input, text);
    pages = fitPages(design.paragraphs(input), design.ladder(input), fitsFrame(design.size, build), design.capacity, wordsThatFit(design.size, build)).then((all) =>
      all.map((fitted) => ({ element: design.build(input, fitted, true), fitted })),
    );
    laidOut.set(key, pages);
  }
  return pages;
}

/** How many cards the quotation takes, from the cache when its text has not changed. */
export async function cardCount<Input>(design: CardDesign<Input>, input: Input): Promise<number> {
  const bytes = await cached(cardKey(design, input), async () => new TextEncoder().encode(String((await layOutPages(design, input)).length)), 'count');
  return Number(new TextDecoder().decode(bytes));
}

/** Card `index` (from 1) of the quotation as a PNG, from the cache when nothing that decides it has changed. */
export function cardPagePng<Input>(design: CardDesign<Input>, input: Input, index: number): Promise<Uint8Array> {
  return cached(`${cardKey(design, input)}-${index}`, async () => {
    const page = (await layOutPages(design, input))[index - 1];
    if (!page) throw new Error(`Thẻ ${index} không có: "${design.paragraphs(input)[0]?.slice(0, 60)}…"`);
    return encodePng(rasterize(await cardSvg(page.element, design.size)));
  });
}
