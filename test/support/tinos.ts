/** Text widths in Tinos (metric-compatible with Times New Roman), from the font files, for the slide tests and benchmarks. */
import * as fontkit from 'fontkit';
import type { TextMeasure } from '../../src/lib/exports/slides.ts';
import { ROOT } from './paths.ts';

type Font = fontkit.Font;

function open(subset: string, weight: number): Font {
  return fontkit.openSync(`${ROOT}node_modules/@fontsource/tinos/files/tinos-${subset}-${weight}-normal.woff`) as Font;
}

const FONTS = { 400: ['latin', 'vietnamese', 'latin-ext'].map((s) => open(s, 400)), 700: ['latin', 'vietnamese', 'latin-ext'].map((s) => open(s, 700)) };

/** Width in em: each character from the first subset that has it. */
export const tinosMeasure: TextMeasure = (text, bold) => {
  const fonts = FONTS[bold ? 700 : 400];
  let width = 0;
  for (const ch of text.normalize('NFC')) {
    const cp = ch.codePointAt(0)!;
    const font = fonts.find((f) => f.hasGlyphForCodePoint(cp)) ?? fonts[0]!;
    width += font.glyphForCodePoint(cp).advanceWidth / font.unitsPerEm;
  }
  return width;
};
