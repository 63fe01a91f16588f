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

/**
 * The text at the largest size of `ladder` (largest first) that fits, shortened at the smallest if
 * need be. A smaller size never lays out taller, so the sizes are bisected rather than tried one
 * by one: after the first try, each layout halves the sizes left. The first try is where the
 * answer most often is: the largest size for a short text (nearly half of all clauses fit there), the
 * smallest for a long one (which then fits at none and goes straight to the cut).
 */
export async function fitText(paragraphs: readonly string[], ladder: readonly number[], fits: FitsTest): Promise<FittedText> {
  const total = wordCount(paragraphs);
  const long = total > PROBE_WORDS;
  const probe = firstWords(paragraphs, PROBE_WORDS, '');
  const whole = (fontSize: number) => ({ paragraphs: [...paragraphs], fontSize, shortened: false });
  const last = ladder.length - 1;
  let probeFitsSmallest = false;
  const fitsAt = async (i: number) => {
    const fontSize = ladder[i]!;
    if (long) {
      // A longer text never lays out shorter, so a prefix that overflows settles this size.
      const probeFits = await fits({ paragraphs: probe, fontSize, shortened: false });
      if (i === last) probeFitsSmallest = probeFits;
      if (!probeFits) return false;
    }
    return fits(whole(fontSize));
  };
  // Every size before `lo` overflows; the size at `hi` fits (`hi` past the end: none is known to).
  let lo = 0;
  let hi = ladder.length;
  const first = long ? last : 0;
  if (await fitsAt(first)) hi = first;
  else lo = first + 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (await fitsAt(mid)) hi = mid;
    else lo = mid + 1;
  }
  if (hi <= last) return whole(ladder[hi]!);

  const fontSize = ladder[last]!;
  const at = (count: number) => ({ paragraphs: firstWords(paragraphs, count), fontSize, shortened: true });
  // The most words that fit: fits(at(fewest)) holds (or fewest is 0), fits(at(most)) does not.
  let fewest = 0;
  let most = long && !probeFitsSmallest ? PROBE_WORDS : total;
  while (most - fewest > 1) {
    const mid = (fewest + most) >> 1;
    if (await fits(at(mid))) fewest = mid;
    else most = mid;
  }
  if (fewest === 0) throw new Error(`Không xếp vừa thẻ dù chỉ một chữ: "${paragraphs[0]?.slice(0, 60)}…"`);
  return at(fewest);
}
