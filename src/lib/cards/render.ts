/** satori lays a card out and draws it as SVG; resvg rasterises the SVG; the PNG is palette-encoded. */
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import type { CardElement } from './element.ts';
import type { FitsTest, FittedText } from './fit.ts';
import type { WordsThatFit } from './pages.ts';
import { cardFonts } from './fonts.ts';
import { indexedPng, rgbaPng } from './png.ts';
import type { CardSize } from './theme.ts';

// satori's types want a React node; its docs allow plain `{ type, props }` objects.
type SatoriNode = Parameters<typeof satori>[0];

/** Layouts measured in this process (each one satori call): what fitting a text costs. */
export const layoutStats = { measured: 0 };

/** `element` laid out at `width`, as SVG whose text stays <text> (the same layout, less work). */
function measuringSvg(element: CardElement, width: number): Promise<string> {
  layoutStats.measured++;
  return satori(element as unknown as SatoriNode, { width, fonts: cardFonts(), embedFont: false });
}

const heightOf = (svg: string) => Number(/^<svg[^>]* height="([\d.]+)"/.exec(svg)![1]);

/** The height `element` lays out to at `width`, in pixels. */
export async function measureHeight(element: CardElement, width: number): Promise<number> {
  return heightOf(await measuringSvg(element, width));
}

/** A fit test: the card built by `build` is no taller than its frame. */
export function fitsFrame(size: CardSize, build: (text: FittedText) => CardElement): FitsTest {
  return async (text) => (await measureHeight(build(text), size.width)) <= size.height;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };

/**
 * How many words of `text` the card built by `build` would hold, read off one layout: satori
 * sets each word (and each space) as a <text> at its line's baseline, so cutting after a word
 * takes away the lines below it. The quotation's words are those in its type size; if they do not
 * spell the text exactly (another part in that size, a word drawn in pieces), no prediction.
 */
export function wordsThatFit(size: CardSize, build: (text: FittedText) => CardElement): WordsThatFit {
  return async (text) => {
    const svg = await measuringSvg(build(text), size.width);
    const words = text.paragraphs.flatMap((p) => p.split(' ').filter(Boolean));
    const baselines: number[] = [];
    let spelt = '';
    for (const [, y, fontSize, raw] of svg.matchAll(/<text x="[^"]*" y="([\d.]+)"[^>]*? font-size="([\d.]+)"[^>]*>([^<]*)<\/text>/g)) {
      if (Number(fontSize) !== text.fontSize || raw === ' ') continue;
      spelt += raw!.replace(/&(#?\w+);/g, (entity, name: string) => ENTITIES[name] ?? entity);
      const word = words[baselines.length];
      if (spelt === word) {
        baselines.push(Number(y));
        spelt = '';
      } else if (!word?.startsWith(spelt)) return undefined;
    }
    if (baselines.length !== words.length || spelt) return undefined;
    const over = heightOf(svg) - size.height;
    const last = baselines.at(-1) ?? 0;
    let fit = 0;
    while (fit < baselines.length && last - baselines[fit]! >= over) fit++;
    return fit;
  };
}

/**
 * The card as SVG. With `embedFont` (the default) glyphs are outlines, which resvg draws without
 * any font; without it the text stays <text>, readable by a test.
 */
export function cardSvg(element: CardElement, size: CardSize, embedFont = true): Promise<string> {
  return satori(element as unknown as SatoriNode, { width: size.width, height: size.height, fonts: cardFonts(), embedFont });
}

/** RGBA pixels of an SVG whose text is outlines (no system fonts are loaded). */
export function rasterize(svg: string): { width: number; height: number; pixels: Buffer } {
  const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  return { width: image.width, height: image.height, pixels: image.pixels };
}

/**
 * A card's colours, each pixel as an index into them: lossless, since an opaque card (white,
 * ink, accent and their anti-aliasing shades, about 50 colours) has fewer than a palette holds.
 * Null otherwise, and the card is written in full colour instead.
 */
export function indexColours(image: { pixels: Buffer }): { palette: [number, number, number][]; indices: Uint8Array } | null {
  const pixels = new Uint32Array(image.pixels.buffer, image.pixels.byteOffset, image.pixels.byteLength / 4);
  const slots = new Map<number, number>();
  const palette: [number, number, number][] = [];
  const indices = new Uint8Array(pixels.length);
  // Most pixels repeat their left neighbour (white space, inside a stroke): skip the lookup.
  let last = -1;
  let lastSlot = 0;
  for (let i = 0; i < pixels.length; i++) {
    const rgba = pixels[i]!;
    if (rgba === last) {
      indices[i] = lastSlot;
      continue;
    }
    let slot = slots.get(rgba);
    if (slot === undefined) {
      // A full palette, or a see-through pixel (cards are opaque): full colour instead.
      if (slots.size === 256 || image.pixels[i * 4 + 3] !== 255) return null;
      slot = slots.size;
      slots.set(rgba, slot);
      const at = i * 4;
      palette.push([image.pixels[at]!, image.pixels[at + 1]!, image.pixels[at + 2]!]);
    }
    indices[i] = slot;
    last = rgba;
    lastSlot = slot;
  }
  return { palette, indices };
}

/** RGBA pixels as a PNG: indexed (palette) when they have few colours, as cards do; resvg's own PNG is RGBA. */
export function encodePng(image: { width: number; height: number; pixels: Buffer }): Uint8Array {
  const { width, height } = image;
  const indexed = indexColours(image);
  return indexed ? indexedPng(width, height, indexed.indices, indexed.palette) : rgbaPng(width, height, image.pixels);
}
