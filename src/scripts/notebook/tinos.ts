/**
 * Tinos (metric-compatible with Times New Roman, self-hosted from @fontsource/tinos) for the
 * print view and for measuring slide text: loaded with the FontFace API when the reader
 * exports, so no page's stylesheet carries it. Latin and Vietnamese subsets, regular, bold,
 * italic and bold italic; the ranges are @fontsource's.
 */
import latin400 from '@fontsource/tinos/files/tinos-latin-400-normal.woff2?url';
import latin400i from '@fontsource/tinos/files/tinos-latin-400-italic.woff2?url';
import latin700 from '@fontsource/tinos/files/tinos-latin-700-normal.woff2?url';
import latin700i from '@fontsource/tinos/files/tinos-latin-700-italic.woff2?url';
import vi400 from '@fontsource/tinos/files/tinos-vietnamese-400-normal.woff2?url';
import vi400i from '@fontsource/tinos/files/tinos-vietnamese-400-italic.woff2?url';
import vi700 from '@fontsource/tinos/files/tinos-vietnamese-700-normal.woff2?url';
import vi700i from '@fontsource/tinos/files/tinos-vietnamese-700-italic.woff2?url';
import type { TextMeasure } from '../../lib/exports/slides.ts';

const LATIN = 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const VIETNAMESE = 'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB';

export const TINOS = 'Tinos';

const FACES: Array<[string, string, '400' | '700', 'normal' | 'italic']> = [
  [latin400, LATIN, '400', 'normal'],
  [latin400i, LATIN, '400', 'italic'],
  [latin700, LATIN, '700', 'normal'],
  [latin700i, LATIN, '700', 'italic'],
  [vi400, VIETNAMESE, '400', 'normal'],
  [vi400i, VIETNAMESE, '400', 'italic'],
  [vi700, VIETNAMESE, '700', 'normal'],
  [vi700i, VIETNAMESE, '700', 'italic'],
];

let loading: Promise<void> | undefined;

export function loadTinos(): Promise<void> {
  loading ??= Promise.all(
    FACES.map(async ([url, unicodeRange, weight, style]) => {
      const face = new FontFace(TINOS, `url(${url}) format('woff2')`, { unicodeRange, weight, style, display: 'block' });
      document.fonts.add(await face.load());
    }),
  ).then(() => undefined);
  return loading;
}

/** Widths in em, measured by the browser in Tinos: what PowerPoint will set in Times New Roman. */
export async function tinosMeasure(): Promise<TextMeasure> {
  await loadTinos();
  const ctx = document.createElement('canvas').getContext('2d')!;
  return (text, bold) => {
    ctx.font = `${bold ? 700 : 400} 100px ${TINOS}`;
    return ctx.measureText(text).width / 100;
  };
}
