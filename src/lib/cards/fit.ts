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
 * The size of `ladder` to try first, a guess from the text's length: the largest at which it is
 * no longer than `capacity` (the characters the design holds at its smallest size, scaled by the
 * square of the size). Without a capacity: the largest size, or the smallest for a long text.
 * Only how many layouts fitting takes depends on the guess, never its answer.
 */
export function firstTry(paragraphs: readonly string[], ladder: readonly number[], capacity?: number): number {
  const last = ladder.length - 1;
  if (capacity === undefined) return wordCount(paragraphs) > PROBE_WORDS ? last : 0;
  const chars = paragraphs.join(' ').length;
  const smallest = ladder[last]!;
  const i = ladder.findIndex((size) => chars <= capacity * (smallest / size) ** 2);
  return i === -1 ? last : i;
}

/** The whole text, uncut, at `fontSize`. */
const whole = (paragraphs: readonly string[], fontSize: number): FittedText => ({ paragraphs: [...paragraphs], fontSize, shortened: false });

interface SizeFound {
  /** The index in the ladder of the largest size at which the whole text fits, if any. */
  index?: number;
  /** For a long text: whether its probe prefix fits at the smallest size. */
  probeFitsSmallest: boolean;
}

/**
 * The largest size of `ladder` (largest first) at which the whole text fits. A smaller size
 * never lays out taller, so after the guess (`firstTry`) and its neighbour, which is where the
 * answer most often is, each layout halves the sizes left.
 */
async function largestFit(paragraphs: readonly string[], ladder: readonly number[], fits: FitsTest, capacity?: number): Promise<SizeFound> {
  const long = wordCount(paragraphs) > PROBE_WORDS;
  const probe = firstWords(paragraphs, PROBE_WORDS, '');
  const last = ladder.length - 1;
  const found: SizeFound = { probeFitsSmallest: false };
  const fitsAt = async (i: number) => {
    const fontSize = ladder[i]!;
    if (long) {
      // A longer text never lays out shorter, so a prefix that overflows settles this size.
      const probeFits = await fits({ paragraphs: probe, fontSize, shortened: false });
      if (i === last) found.probeFitsSmallest = probeFits;
      if (!probeFits) return false;
    }
    return fits(whole(paragraphs, fontSize));
  };
  // Every size before `lo` overflows; the size at `hi` fits (`hi` past the end: none is known to).
  let lo = 0;
  let hi = ladder.length;
  const settle = async (i: number) => {
    if (await fitsAt(i)) hi = i;
    else lo = i + 1;
  };
  const first = firstTry(paragraphs, ladder, capacity);
  await settle(first);
  if (hi === first && first > 0) await settle(first - 1);
  else if (lo === first + 1 && lo < hi) await settle(lo);
  while (lo < hi) await settle((lo + hi) >> 1);
  return hi <= last ? { ...found, index: hi } : found;
}

/** The whole text at the largest size of `ladder` that fits, or nothing when none does. */
export async function fitWhole(paragraphs: readonly string[], ladder: readonly number[], fits: FitsTest, capacity?: number): Promise<FittedText | undefined> {
  const { index } = await largestFit(paragraphs, ladder, fits, capacity);
  return index === undefined ? undefined : whole(paragraphs, ladder[index]!);
}

/**
 * The text at the largest size of `ladder` (largest first) that fits (`largestFit`), shortened
 * at the smallest if need be.
 */
export async function fitText(paragraphs: readonly string[], ladder: readonly number[], fits: FitsTest, capacity?: number): Promise<FittedText> {
  const total = wordCount(paragraphs);
  const long = total > PROBE_WORDS;
  const { index, probeFitsSmallest } = await largestFit(paragraphs, ladder, fits, capacity);
  if (index !== undefined) return whole(paragraphs, ladder[index]!);

  const fontSize = ladder.at(-1)!;
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
