/**
 * TF-IDF vectors over syllables and syllable bigrams. Vietnamese words are mostly one or two
 * syllables ("cán bộ", "đảng viên"); pairs of neighbouring syllables stand in for words
 * without a word segmenter, and a bigram never crosses punctuation.
 */
import { syllables } from './syllables.ts';

export type TermVector = Map<string, number>;

/** Syllable keys and the bigrams of neighbours separated by white space only. */
export function terms(text: string): string[] {
  const nfc = text.normalize('NFC');
  const sy = syllables(nfc);
  const out = sy.map((s) => s.key);
  for (let i = 1; i < sy.length; i++) {
    if (/^\s+$/u.test(nfc.slice(sy[i - 1]!.end, sy[i]!.start))) out.push(`${sy[i - 1]!.key} ${sy[i]!.key}`);
  }
  return out;
}

/**
 * One L2-normalised vector per passage. Term frequency is sublinear (1 + ln tf) so a long
 * passage's repeated words do not dominate; idf is smoothed, ln((1 + N) / (1 + df)) + 1,
 * over all the passages given (both documents), so words common to both texts weigh less.
 */
export function tfidfVectors(termLists: readonly string[][]): TermVector[] {
  const df = new Map<string, number>();
  for (const list of termLists) for (const t of new Set(list)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = termLists.length;
  return termLists.map((list) => {
    const tf = new Map<string, number>();
    for (const t of list) tf.set(t, (tf.get(t) ?? 0) + 1);
    const v: TermVector = new Map();
    let norm = 0;
    for (const [t, f] of tf) {
      const w = (1 + Math.log(f)) * (Math.log((1 + n) / (1 + df.get(t)!)) + 1);
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    return v;
  });
}

/** Cosine similarity of two normalised vectors. */
export function cosine(a: TermVector, b: TermVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [t, w] of small) sum += w * (large.get(t) ?? 0);
  return sum;
}
