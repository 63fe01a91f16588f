/**
 * A quotation too long for one card at the smallest type size goes on over as many cards as it
 * needs, each as full as that size allows: every word on exactly one card, in order, none
 * repeated, none cut. A card ends at a paragraph or sentence end when one falls in its last
 * quarter, so a reader rarely turns to the next card mid-sentence.
 */
import { fitWhole, type FitsTest, type FittedText } from './fit.ts';

/** Part of every citation card's cache key (card.ts): bump it when a change here moves a cut. */
export const PAGES_VERSION = 1;

/** The share of its capacity a first card is guessed to hold: the four texts' full cards hold 57–107 %, 81 % at the median. */
const GUESS_SHARE = 0.8;

/** One card of a quotation: its share of the text, and its place ("2/3") when there are several. */
export interface CardPage extends FittedText {
  part?: { index: number; count: number };
}

interface Word {
  paragraph: number;
  word: string;
}

function wordsOf(paragraphs: readonly string[]): Word[] {
  return paragraphs.flatMap((p, paragraph) => p.split(' ').filter(Boolean).map((word) => ({ paragraph, word })));
}

/** The words `from`…`to` (exclusive) as paragraphs, as the source broke them. */
function paragraphsOf(words: readonly Word[], from: number, to: number): string[] {
  const out: string[] = [];
  let current = -1;
  for (let i = from; i < to; i++) {
    const { paragraph, word } = words[i]!;
    if (paragraph !== current) {
      out.push(word);
      current = paragraph;
    } else out[out.length - 1] += ` ${word}`;
  }
  return out;
}

/** After word `i`, a paragraph ends, or a sentence or a list item does. */
function endsThought(words: readonly Word[], i: number): boolean {
  const next = words[i + 1];
  return !next || next.paragraph !== words[i]!.paragraph || /[.;:!?…]["”)]?$/.test(words[i]!.word);
}

/** How many of `words` come to `chars` characters, spaces included: a first card's guess. */
function wordsIn(words: readonly Word[], chars: number): number {
  let n = 0;
  for (let length = -1; n < words.length && (length += words[n]!.word.length + 1) <= chars; n++);
  return n;
}

/**
 * From one layout of a card with `text`, how many of its words would fit if it were cut there
 * (undefined when the layout cannot tell). Only a guess to start from: `FitsTest` decides.
 */
export type WordsThatFit = (text: FittedText) => Promise<number | undefined>;

/** How far past the guess the layout that predicts a card's cut reaches (more than a card holds). */
const PREDICT_REACH = 1.5;

/**
 * The quotation on as few cards as it takes: on one card at the largest size of `ladder` that
 * fits, otherwise over several at the smallest size. `capacity` (characters a card holds at the
 * smallest size) is where the search starts, for the size and for the first card's words; with
 * `predict`, each card's cut is read off one layout of more words than it holds, and two layouts
 * confirm it. Any guess gives the same cards, a good one in fewer layouts.
 */
export async function fitPages(paragraphs: readonly string[], ladder: readonly number[], fits: FitsTest, capacity: number, predict?: WordsThatFit): Promise<CardPage[]> {
  const whole = await fitWhole(paragraphs, ladder, fits, capacity);
  if (whole) return [whole];
  const fontSize = ladder.at(-1)!;
  const words = wordsOf(paragraphs);
  const page = (from: number, to: number): CardPage => ({ paragraphs: paragraphsOf(words, from, to), fontSize, shortened: false });
  const ends: number[] = [];
  let from = 0;
  // Cards hold about as many words as the one before; start the search there.
  let guess = wordsIn(words, capacity * GUESS_SHARE);
  while (from < words.length) {
    const left = words.length - from;
    const fitsWords = (n: number) => fits(page(from, from + n));
    // Bracket the most words that fit, lo (fits, or 0) < hi (does not, or left + 1), by
    // stepping out from the guess (or the prediction), then halve the bracket.
    let lo = 0;
    let hi = left + 1;
    let probe = Math.min(Math.max(guess, 1), left);
    let step = Math.max(4, Math.round(guess / 10));
    const reach = Math.min(left, Math.ceil(guess * PREDICT_REACH));
    const predicted = predict && (await predict(page(from, from + reach)));
    if (predicted !== undefined) {
      // The predicting layout is itself a fit test of `reach` words.
      if (predicted >= reach) lo = reach;
      else {
        hi = reach;
        probe = Math.max(predicted, 1);
        step = 1;
      }
      if (lo < left) probe = Math.min(Math.max(probe, lo + 1), hi - 1);
    }
    while (hi - lo > 1) {
      const fitted = await fitsWords(probe);
      if (fitted) lo = probe;
      else hi = probe;
      if (hi - lo <= 1) break;
      const gallop = fitted ? lo + step : hi - step;
      probe = gallop > lo && gallop < hi ? gallop : (lo + hi) >> 1;
      step *= 2;
    }
    if (lo === left) {
      ends.push(words.length);
      break;
    }
    if (lo === 0) throw new Error(`Không xếp vừa thẻ dù chỉ một chữ: "${words[from]!.word}"`);
    let end = from + lo;
    for (let i = end - 1; i >= from + Math.ceil(lo * 0.75); i--) {
      if (endsThought(words, i)) {
        end = i + 1;
        break;
      }
    }
    ends.push(end);
    guess = lo;
    from = end;
  }
  let start = 0;
  return ends.map((end, index) => {
    const p = { ...page(start, end), part: { index: index + 1, count: ends.length } };
    start = end;
    return p;
  });
}
