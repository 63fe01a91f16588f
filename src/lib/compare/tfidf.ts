/**
 * TF-IDF vectors over syllables and syllable bigrams. Vietnamese words are mostly one or two
 * syllables ("cán bộ", "đảng viên"); pairs of neighbouring syllables stand in for words
 * without a word segmenter, and a bigram never crosses punctuation.
 */
import { canonicalKeys } from './lexicon.ts';
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
  const idf = new LibraryIdf(termLists);
  return termLists.map((list) => idf.vector(list));
}

/** Cosine similarity of two normalised vectors. */
export function cosine(a: TermVector, b: TermVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [t, w] of small) sum += w * (large.get(t) ?? 0);
  return sum;
}

/**
 * Syllables that join words rather than say anything ("của", "và", "với", "được"…). A bigram
 * with one of them spans two words ("luật của", "của nhà" in "pháp luật của Nhà nước") and is
 * left out of the alignment's terms; the syllables themselves stay, weighed by IDF.
 */
const FUNCTION_SYLLABLES = new Set(
  ['của', 'và', 'với', 'các', 'những', 'được', 'là', 'cho', 'để', 'trong', 'theo', 'về', 'có', 'đối', 'vì', 'từ', 'trên', 'khi', 'thì', 'mà', 'hoặc', 'này', 'đó', 'một', 'đến', 'như', 'tại', 'ở', 'do', 'nhằm', 'bị', 'đã', 'sẽ', 'đang', 'cũng', 'nếu', 'hay', 'lên', 'ra', 'vào', 'qua', 'sau', 'trước', 'nhất', 'hết', 'mọi', 'mỗi', 'từng', 'phải', 'không'].map(
    (w) => syllables(w)[0]!.key,
  ),
);

/**
 * The terms of a unit for the alignment: syllables, bigrams of content words, one term per
 * cited document; spelling variants and near-synonyms read as one (lexicon.ts).
 */
export function dutyTerms(text: string, cites: readonly string[] = []): string[] {
  const nfc = text.normalize('NFC');
  const sy = syllables(nfc);
  const { keys, joined } = canonicalKeys({
    keys: sy.map((s) => s.key),
    joined: sy.map((s, i) => i > 0 && /^\s+$/u.test(nfc.slice(sy[i - 1]!.end, s.start))),
  });
  const out = [...keys];
  for (let i = 1; i < keys.length; i++) {
    const [x, y] = [keys[i - 1]!, keys[i]!];
    if (joined[i] && !FUNCTION_SYLLABLES.has(x) && !FUNCTION_SYLLABLES.has(y)) out.push(`${x} ${y}`);
  }
  for (const id of cites) out.push(`cite:${id}`);
  return out;
}

/**
 * Inverse document frequency over every unit of the whole library, so that what every Party
 * text says ("cán bộ, đảng viên", "các cấp ủy, tổ chức đảng") weighs little and what few units
 * say ("rõ người, rõ việc", "dám nghĩ, dám làm") weighs much, whichever two texts are compared.
 * Built once per library (linear in its size); a term no unit has gets the highest weight.
 */
/** A normalised vector as sorted term ids and weights: what the alignment multiplies thousands of times. */
export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
}

export class LibraryIdf {
  private readonly df = new Map<string, number>();
  private readonly units: number;
  private readonly ids = new Map<string, number>();

  constructor(termLists: Iterable<readonly string[]>) {
    let n = 0;
    for (const list of termLists) {
      n++;
      for (const t of new Set(list)) this.df.set(t, (this.df.get(t) ?? 0) + 1);
    }
    this.units = n;
  }

  idf(term: string): number {
    return Math.log((1 + this.units) / (1 + (this.df.get(term) ?? 0))) + 1;
  }

  /** The same vector as {@link vector}, as sorted term ids. */
  sparse(terms: readonly string[]): SparseVector {
    const entries = [...this.vector(terms)].map(([t, w]) => {
      let id = this.ids.get(t);
      if (id === undefined) this.ids.set(t, (id = this.ids.size));
      return [id, w] as const;
    });
    entries.sort((x, y) => x[0] - y[0]);
    return { ids: Int32Array.from(entries, (e) => e[0]), weights: Float64Array.from(entries, (e) => e[1]) };
  }

  /** An L2-normalised vector, sublinear term frequency (1 + ln tf). */
  vector(terms: readonly string[]): TermVector {
    const tf = new Map<string, number>();
    for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    const v: TermVector = new Map();
    let norm = 0;
    for (const [t, f] of tf) {
      const w = (1 + Math.log(f)) * this.idf(t);
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    return v;
  }
}
