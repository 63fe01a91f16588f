/**
 * Fitting a quotation into a card: the largest type size of a ladder at which the whole card
 * lays out within its height (measured by satori, the same engine that draws it); if even the
 * smallest does not fit, as many whole words as fit, ended by "…xem toàn văn" (link previews; a
 * citation card goes on over more cards instead, pages.ts). A word is never cut.
 */

/** Ends a shortened quotation, so a cut is never silent. */
export const MORE = '…xem toàn văn';

/**
 * Part of every card's cache key (card.ts): the key sees a card's input, not this code.
 * Bump it whenever a change here would place or cut text differently.
 */
export const FIT_VERSION = 1;

/**
 * More words than any card holds at its smallest size. Laying out a whole chapter (28,000
 * characters) takes seconds; a prefix this long that does not fit proves the whole does not.
 */
const PROBE_WORDS = 700;

export interface FittedText {
  paragraphs: string[];
  fontSize: number;
  /** True when words were left out. */
  shortened: boolean;
}

/** Says whether the card, with this text at this size, fits. */
export type FitsTest = (text: FittedText) => Promise<boolean>;

function wordCount(paragraphs: readonly string[]): number {
  return paragraphs.reduce((n, p) => n + p.split(' ').length, 0);
}

/** The first `count` words of the paragraphs, the last one followed by `ending`. */
export function firstWords(paragraphs: readonly string[], count: number, ending = MORE): string[] {
  const out: string[] = [];
  let left = count;
  for (const paragraph of paragraphs) {
    if (left <= 0) break;
    const words = paragraph.split(' ');
    out.push(words.slice(0, left).join(' '));
    left -= words.length;
  }
  if (ending) out[out.length - 1] = `${out.at(-1)} ${ending}`;
  return out;
}

/** The text at the largest size of `ladder` (largest first) that fits, shortened at the smallest if need be. */
export async function fitText(paragraphs: readonly string[], ladder: readonly number[], fits: FitsTest): Promise<FittedText> {
  const total = wordCount(paragraphs);
  const long = total > PROBE_WORDS;
  let probeFits = false;
  for (const fontSize of ladder) {
    const whole = { paragraphs: [...paragraphs], fontSize, shortened: false };
    if (long) {
      // A longer text never lays out shorter, so a prefix that overflows settles this size.
      probeFits = await fits({ ...whole, paragraphs: firstWords(paragraphs, PROBE_WORDS, '') });
      if (!probeFits) continue;
    }
    if (await fits(whole)) return whole;
  }
  const fontSize = ladder.at(-1)!;
  const at = (count: number) => ({ paragraphs: firstWords(paragraphs, count), fontSize, shortened: true });
  // The most words that fit: fits(at(lo)) holds (or lo is 0), fits(at(hi)) does not.
  let lo = 0;
  let hi = long && !probeFits ? PROBE_WORDS : total;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (await fits(at(mid))) lo = mid;
    else hi = mid;
  }
  if (lo === 0) throw new Error(`Không xếp vừa thẻ dù chỉ một chữ: "${paragraphs[0]?.slice(0, 60)}…"`);
  return at(lo);
}
