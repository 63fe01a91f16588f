/**
 * Be Vietnam Pro for the cards, read from the npm package (never from the network).
 *
 * @fontsource ships each weight as subset files (latin, vietnamese, latin-ext). satori uses only
 * the first file of a family name, so letters such as Đ, ư, ơ, ộ would vanish if the subsets
 * shared one name. Each subset gets its own family name instead, and the cards list them all in
 * `fontFamily`: satori then falls back glyph by glyph.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export const FONT_SUBSETS = ['latin', 'vietnamese', 'latin-ext'] as const;
export const FONT_WEIGHTS = [400, 700] as const;

export type FontSubset = (typeof FONT_SUBSETS)[number];
export type FontWeight = (typeof FONT_WEIGHTS)[number];

/** A font as satori takes it. */
export interface CardFont {
  name: string;
  data: Buffer;
  weight: FontWeight;
  style: 'normal';
}

/** The fallback chain every card's text is set in. */
export const FONT_FAMILY = FONT_SUBSETS.map(familyName).join(', ');

/** "bvp-vietnamese": one family name per subset file. */
export function familyName(subset: FontSubset): string {
  return `bvp-${subset}`;
}

const require = createRequire(import.meta.url);

/** Where the package keeps one subset of one weight (WOFF: satori cannot read WOFF2). */
export function fontFile(subset: FontSubset, weight: FontWeight): string {
  return require.resolve(`@fontsource/be-vietnam-pro/files/be-vietnam-pro-${subset}-${weight}-normal.woff`);
}

let loaded: CardFont[] | undefined;

/** Every subset of every weight the cards use, each subset under its own family name. */
export function cardFonts(): CardFont[] {
  loaded ??= FONT_WEIGHTS.flatMap((weight) =>
    FONT_SUBSETS.map((subset) => ({ name: familyName(subset), data: readFileSync(fontFile(subset, weight)), weight, style: 'normal' as const })),
  );
  return loaded;
}
