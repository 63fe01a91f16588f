/**
 * Alignment of two different documents on similar topics (a Điện Biên regulation and a Lào Cai
 * directive): which passage of one says what a passage of the other says.
 *
 * Method: TF-IDF over syllables and syllable bigrams, cosine similarity between every pair
 * of passages, then a one-to-one matching that maximises total similarity (the Hungarian
 * method, npm `munkres`), kept where the similarity reaches a threshold. Two provinces'
 * texts list the same duties in different orders, so the matching does not preserve order.
 * Each passage also gets its few most similar passages on the other side (one-to-many), and
 * a passage whose best similarity stays under the threshold has no counterpart.
 */
import { munkres } from 'munkres';
import type { Passage } from './passages.ts';
import { sharedPhrases, type SharedPhrase } from './shared-phrases.ts';
import { cosine, terms, tfidfVectors } from './tfidf.ts';

export interface AlignmentOptions {
  /** Least similarity for a one-to-one pair, and for a passage to have a counterpart at all. */
  threshold: number;
  /** Least similarity for a passage to be listed among a passage's similar ones. */
  relatedThreshold: number;
  /** How many similar passages to list for each passage. */
  topK: number;
}

/** Chosen on the hand-labelled pairs in test/fixtures/alignment-labels.yaml; see bench/README.md. */
export const DEFAULT_ALIGNMENT: AlignmentOptions = { threshold: 0.18, relatedThreshold: 0.12, topK: 3 };

export interface Similar {
  eId: string;
  score: number;
}

export interface AlignedPair {
  a: string;
  b: string;
  score: number;
  phrases: SharedPhrase[];
}

export interface CrossAlignment {
  options: AlignmentOptions;
  /** Passages compared, in document order. */
  a: Passage[];
  b: Passage[];
  /** One-to-one pairs, in the order of `a`. */
  pairs: AlignedPair[];
  /** For each passage, its most similar passages on the other side, best first (one-to-many). */
  similarToA: Record<string, Similar[]>;
  similarToB: Record<string, Similar[]>;
  /** Passages with no counterpart: their best similarity is under the threshold. */
  onlyA: string[];
  onlyB: string[];
}

/** Rounded for display and JSON: two decimals say all a reader can use. */
const round = (x: number) => Math.round(x * 1000) / 1000;

/** Cosine similarity of every passage of `a` with every passage of `b`. */
export function similarityMatrix(a: readonly Passage[], b: readonly Passage[]): number[][] {
  const vectors = tfidfVectors([...a, ...b].map((p) => terms(p.text)));
  return a.map((_, i) => b.map((_, j) => cosine(vectors[i]!, vectors[a.length + j]!)));
}

function topSimilar(scores: readonly number[], others: readonly Passage[], options: AlignmentOptions): Similar[] {
  return scores
    .map((score, k) => ({ eId: others[k]!.eId, score }))
    .filter((s) => s.score >= options.relatedThreshold)
    .sort((x, y) => y.score - x.score)
    .slice(0, options.topK)
    .map((s) => ({ eId: s.eId, score: round(s.score) }));
}

/** Aligns the passages of two documents; see the module comment for the method. */
export function alignDocuments(a: Passage[], b: Passage[], options: AlignmentOptions = DEFAULT_ALIGNMENT): CrossAlignment {
  const sim = similarityMatrix(a, b);
  const assignment = a.length && b.length ? munkres(sim.map((row) => row.map((s) => -s))) : [];
  const pairs = assignment
    .filter(([i, j]) => sim[i]![j]! >= options.threshold)
    .sort((x, y) => x[0] - y[0])
    .map(([i, j]) => ({ a: a[i]!.eId, b: b[j]!.eId, score: round(sim[i]![j]!), phrases: sharedPhrases(a[i]!.text, b[j]!.text) }));
  const column = (j: number) => sim.map((row) => row[j]!);
  const best = (xs: number[]) => (xs.length ? Math.max(...xs) : 0);
  return {
    options,
    a,
    b,
    pairs,
    similarToA: Object.fromEntries(a.map((p, i) => [p.eId, topSimilar(sim[i]!, b, options)])),
    similarToB: Object.fromEntries(b.map((p, j) => [p.eId, topSimilar(column(j), a, options)])),
    onlyA: a.filter((_, i) => best(sim[i]!) < options.threshold).map((p) => p.eId),
    onlyB: b.filter((_, j) => best(column(j)) < options.threshold).map((p) => p.eId),
  };
}
