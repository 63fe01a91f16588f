/**
 * The citation card a trainer puts on a slide (16:9, 1920×1080): the unit's words, its full
 * citation and the site's permalink. Nothing is drawn in the margins, whatever the text.
 */
import type { CardDesign } from './card.ts';
import { div, type CardElement } from './element.ts';
import type { CardPage } from './pages.ts';
import { frame, LEADING, paragraphsColumn, THEME, type CardSize } from './theme.ts';

export const CITATION_CARD: CardSize = { width: 1920, height: 1080, margin: 112 };

/**
 * Type sizes tried for the quotation, largest first. Never below 40 px, legible from the back of
 * a room on a projected slide; a longer text goes on over numbered cards (pages.ts).
 */
export const CITATION_LADDER = [60, 54, 48, 44, 40] as const;

export interface CitationCardInput {
  /** "Khoản 4 Điều 2". */
  label: string;
  /** The unit's paragraphs, official text only. */
  paragraphs: string[];
  /** "Khoản 4 Điều 2 Quy định số …-QĐ/TU, ngày …/02/2026 của …". */
  citation: string;
  /** Absolute URL of the unit on the site. */
  permalink: string;
}

/** The card with the quotation set as `text`; `fixed` fills the frame (leave it out to measure). */
export function citationCard(input: CitationCardInput, text: CardPage, fixed = false): CardElement {
  return frame(
    CITATION_CARD,
    [
      div({ fontSize: 36, fontWeight: 700, color: THEME.accent }, text.part ? `${input.label} · thẻ ${text.part.index}/${text.part.count}` : input.label),
      div(
        { flexDirection: 'column', flexGrow: 1, marginTop: 36, fontSize: text.fontSize, lineHeight: LEADING },
        paragraphsColumn(text.paragraphs, text.fontSize, 0.45),
      ),
      div({ flexDirection: 'column', marginTop: 44, paddingTop: 28, borderTop: `4px solid ${THEME.accent}` }, [
        div({ fontSize: 34, fontWeight: 700, lineHeight: 1.3 }, input.citation),
        div({ marginTop: 12, fontSize: 28, color: THEME.accent, wordBreak: 'break-all' }, input.permalink),
      ]),
    ],
    fixed,
  );
}

export const CITATION_DESIGN: CardDesign<CitationCardInput> = {
  size: CITATION_CARD,
  ladder: () => CITATION_LADDER,
  // The four texts' full cards at 40 px hold 457–857 characters.
  capacity: 800,
  paragraphs: (input) => input.paragraphs,
  build: citationCard,
};
