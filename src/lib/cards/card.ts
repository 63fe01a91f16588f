/** From a card's design and its input to a PNG: fit the text, draw, rasterise, encode, cache. */
import { existsSync } from 'node:fs';
import { cached, cacheFile, contentHash, packageVersion } from './cache.ts';
import type { CardElement } from './element.ts';
import { FIT_VERSION, fitText, MORE, type FittedText } from './fit.ts';
import { cardFonts } from './fonts.ts';
import { cardSvg, encodePng, fitsFrame, PNG_LEVEL, rasterize } from './render.ts';
import type { CardSize } from './theme.ts';

/** One kind of card: its frame, the type sizes its text may take, and how it is built. */
export interface CardDesign<Input> {
  size: CardSize;
  ladder: (input: Input) => readonly number[];
  /** The text to fit, one string per paragraph. */
  paragraphs: (input: Input) => string[];
  /** The card with its text set; `fixed` fills the frame, otherwise its height is left to measure. */
  build: (input: Input, text: FittedText, fixed?: boolean) => CardElement;
}

/** A card laid out to fit its frame, ready to draw, and how its text was fitted. */
export interface LaidOut {
  element: CardElement;
  fitted: FittedText;
}

/** The card laid out to fit its frame. */
export async function layOut<Input>(design: CardDesign<Input>, input: Input): Promise<LaidOut> {
  const fitted = await fitText(design.paragraphs(input), design.ladder(input), fitsFrame(design.size, (text) => design.build(input, text)));
  return { element: design.build(input, fitted, true), fitted };
}

let tools: string | undefined;

/** The fonts' bytes and the renderers' versions, the same for every card: hashed once per build. */
function toolsDigest(): string {
  tools ??= contentHash([
    ...['satori', '@resvg/resvg-js', 'fast-png'].map((p) => `${p}@${packageVersion(p)}`),
    String(PNG_LEVEL),
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
  return contentHash([JSON.stringify(unfitted), JSON.stringify(design.size), ladder.join(), MORE, `fit ${FIT_VERSION}`, toolsDigest()]);
}

/** The card as a PNG, from the cache when nothing that decides it has changed. */
export function cardPng<Input>(design: CardDesign<Input>, input: Input): Promise<Uint8Array> {
  return cached(cardKey(design, input), async () => encodePng(rasterize(await cardSvg((await layOut(design, input)).element, design.size))));
}

/** Whether the card's PNG is in the cache. */
export function isCached<Input>(design: CardDesign<Input>, input: Input): boolean {
  return existsSync(cacheFile(cardKey(design, input)));
}
