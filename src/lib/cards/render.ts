/** satori lays a card out and draws it as SVG; resvg rasterises the SVG; the PNG is palette-encoded. */
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import UPNG from 'upng-js';
import type { CardElement } from './element.ts';
import type { FitsTest } from './fit.ts';
import { cardFonts } from './fonts.ts';
import type { CardSize } from './theme.ts';

/**
 * upng-js's lossless mode: it writes a palette whenever the image has at most 256 colours,
 * which a card (white, ink, accent and their anti-aliasing shades, about 50) always has.
 */
export const LOSSLESS = 0;

// satori's types want a React node; its docs allow plain `{ type, props }` objects.
type SatoriNode = Parameters<typeof satori>[0];

/** The height `element` lays out to at `width`, in pixels. */
export async function measureHeight(element: CardElement, width: number): Promise<number> {
  // Text as <text> rather than glyph outlines: the same layout, less work.
  const svg = await satori(element as unknown as SatoriNode, { width, fonts: cardFonts(), embedFont: false });
  return Number(/^<svg[^>]* height="([\d.]+)"/.exec(svg)![1]);
}

/** A fit test: the card built by `build` is no taller than its frame. */
export function fitsFrame(size: CardSize, build: (text: Parameters<FitsTest>[0]) => CardElement): FitsTest {
  return async (text) => (await measureHeight(build(text), size.width)) <= size.height;
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

/** RGBA pixels as a PNG, indexed when they have few colours (resvg's own PNG is RGBA, 2.6× larger). */
export function encodePng(image: { width: number; height: number; pixels: Buffer }): Uint8Array {
  const { buffer, byteOffset, byteLength } = image.pixels;
  const rgba = buffer.slice(byteOffset, byteOffset + byteLength) as ArrayBuffer;
  return new Uint8Array(UPNG.encode([rgba], image.width, image.height, LOSSLESS));
}
