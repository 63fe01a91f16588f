/**
 * The Open Graph image (1200×630) a link preview shows: for a document its title, number and
 * province; for an article its first lines and its citation.
 */
import type { CardDesign } from './card.ts';
import { div, type CardElement } from './element.ts';
import type { FittedText } from './fit.ts';
import { frame, LEADING, paragraphsColumn, THEME, type CardSize } from './theme.ts';

export const OG_IMAGE: CardSize = { width: 1200, height: 630, margin: 64 };

/** Type sizes for a document's title (bold), largest first. */
export const OG_TITLE_LADDER = [60, 52, 46, 40, 34] as const;
/** Type sizes for an article's first lines. */
export const OG_TEXT_LADDER = [38, 34, 30, 27] as const;

export interface OgImageInput {
  /** "Sổ tay Quy định · Điện Biên". */
  kicker: string;
  /** A document's title, or an article's paragraphs. */
  paragraphs: string[];
  /** True for a title, set bold. */
  bold: boolean;
  /** The document's citation, or the article's. */
  citation: string;
}

/** The image with its main text set as `text`; `fixed` fills the frame (leave it out to measure). */
export function ogImage(input: OgImageInput, text: FittedText, fixed = false): CardElement {
  return frame(
    OG_IMAGE,
    [
      div({ fontSize: 26, fontWeight: 700, color: THEME.accent }, input.kicker),
      div(
        { flexDirection: 'column', flexGrow: 1, marginTop: 24, fontSize: text.fontSize, fontWeight: input.bold ? 700 : 400, lineHeight: input.bold ? 1.2 : LEADING },
        paragraphsColumn(text.paragraphs, text.fontSize, 0.35),
      ),
      div({ marginTop: 28, paddingTop: 20, borderTop: `3px solid ${THEME.accent}`, fontSize: 24, fontWeight: 700, lineHeight: 1.3 }, input.citation),
    ],
    fixed,
  );
}

export const OG_DESIGN: CardDesign<OgImageInput> = {
  size: OG_IMAGE,
  ladder: (input) => (input.bold ? OG_TITLE_LADDER : OG_TEXT_LADDER),
  // An article's first lines: 436–614 characters at 27 px; a title of 137 fits at 60 px.
  capacity: 450,
  paragraphs: (input) => input.paragraphs,
  build: ogImage,
};
