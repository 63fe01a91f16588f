/** Colours, type and frame shared by every card: the site's own (its theme colour is the accent). */
import { div, type CardElement } from './element.ts';
import { FONT_FAMILY } from './fonts.ts';

export const THEME = {
  background: '#ffffff',
  ink: '#1b1b1b',
  accent: '#8a1c1c',
  fontFamily: FONT_FAMILY,
} as const;

/** Line height of running text, as a multiple of the type size. */
export const LEADING = 1.35;

/** A card's outer size and the blank margin kept on every side. */
export interface CardSize {
  width: number;
  height: number;
  margin: number;
}

/**
 * The card's page: `children` in a column inside the margins. Without `fixed` the height is left
 * to the layout, which is how a text is measured; with it the column fills the frame.
 */
export function frame(size: CardSize, children: CardElement[], fixed: boolean): CardElement {
  return div(
    {
      flexDirection: 'column',
      // The margins are inside the frame's size, not added to it.
      boxSizing: 'border-box',
      width: size.width,
      ...(fixed ? { height: size.height } : {}),
      padding: size.margin,
      backgroundColor: THEME.background,
      color: THEME.ink,
      fontFamily: THEME.fontFamily,
    },
    children,
  );
}

/** Paragraphs in a column, spaced by `gap` of the type size. */
export function paragraphsColumn(paragraphs: readonly string[], fontSize: number, gap: number): CardElement[] {
  return paragraphs.map((p, i) => div({ marginTop: i ? Math.round(fontSize * gap) : 0 }, p));
}
