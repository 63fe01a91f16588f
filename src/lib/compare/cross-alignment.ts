/**
 * Alignment of two different documents on similar topics (a Điện Biên regulation and a Lào Cai
 * directive): which passage of one sets the duty a passage of the other sets.
 *
 * - Terms: syllables, bigrams of content words and one term per cited document (reading.ts,
 *   tfidf.ts), weighed by IDF over every unit of the whole library, so official phrasing that
 *   every text uses counts for little.
 * - Roles: a "Căn cứ" line pairs only with a "Căn cứ" line citing the same document (the
 *   citation registry's id), an opening with an opening, body text with body text or a form.
 * - Duties: a long paragraph often bundles several duties; two passages are as similar as
 *   their whole texts, or, when one duty of each says the same, as the geometric mean of the
 *   whole and of those two duties (duties.ts): one shared sentence counts, but less than two
 *   passages alike throughout.
 * - Groups: each passage is paired with its most similar passage on the other side when that
 *   reaches the threshold, and with every other one nearly as similar (many-to-one, both
 *   ways); two passages that are each other's best match pair from a lower threshold. A pair
 *   far below what either passage has elsewhere is dropped: a passage that says one khoản
 *   almost word for word is that khoản's, not a group member of a passage it only resembles.
 *   Two provinces list the same duties in different orders, so order is not kept.
 * - Repeats: a passage that restates earlier ones of its own text (the pledge form restating
 *   section III, repeats.ts) is not paired; its text is, and the pair notes the repeat.
 */
import type { Passage, PassageRole } from './passages.ts';
import { repeatsIn } from './repeats.ts';
import { duties } from './duties.ts';
import { sharedPhrases, type SharedPhrase } from './shared-phrases.ts';
import { dutyTerms, LibraryIdf, type SparseVector } from './tfidf.ts';

export interface AlignmentOptions {
  /** Least similarity for a pair. */
  threshold: number;
  /** A passage's other pairs must reach this share of its best pair's similarity. */
  groupRatio: number;
  /** Least similarity for two passages that are each other's best match. */
  mutualThreshold: number;
  /** A pair must reach this share of the better of its two passages' best matches. */
  keepRatio: number;
  /** Least similarity for a passage to be listed among a passage's similar ones. */
  relatedThreshold: number;
  /** How many similar passages to list for each passage. */
  topK: number;
}

/** Chosen on the development set in test/fixtures/alignment-labels.yaml; see bench/README.md. */
export const DEFAULT_ALIGNMENT: AlignmentOptions = { threshold: 0.24, groupRatio: 0.8, mutualThreshold: 0.18, keepRatio: 0.4, relatedThreshold: 0.12, topK: 3 };

export interface Similar {
  eId: string;
  score: number;
}

export interface AlignedPair {
  a: string;
  b: string;
  score: number;
  phrases: SharedPhrase[];
  /** Index into `groups`. */
  group: number;
}

/** Passages paired together: one passage of one side and its partners on the other, in document order. */
export interface AlignedGroup {
  a: string[];
  b: string[];
}

export interface CrossAlignment {
  options: AlignmentOptions;
  /** Passages compared, in document order. */
  a: Passage[];
  b: Passage[];
  /** Every pair, one per member of a group, in the order of `a`. */
  pairs: AlignedPair[];
  groups: AlignedGroup[];
  /** For each passage, its most similar passages on the other side, best first. */
  similarToA: Record<string, Similar[]>;
  similarToB: Record<string, Similar[]>;
  /** Passages of each side in no pair (repeats left out). */
  onlyA: string[];
  onlyB: string[];
  /** Passages that restate earlier ones of their own text: repeat → what it restates. */
  repeatsA: Record<string, string[]>;
  repeatsB: Record<string, string[]>;
}

/** What two sides may pair: a basis with a basis, an opening with an opening, the rest together. */
const FAMILY: Record<PassageRole, string> = { basis: 'basis', preamble: 'preamble', body: 'text', attachment: 'text' };

/** Rounded for display and JSON: two decimals say all a reader can use. */
const round = (x: number) => Math.round(x * 1000) / 1000;

/** One side of an alignment, read once per document and shared by all its comparisons. */
export interface AlignmentSide {
  passages: Passage[];
  /** Passages restating earlier ones of the same text (repeats.ts). */
  repeats: Map<string, string[]>;
  /** Each passage's vector, and its duties' vectors (the whole passage when it has one duty). */
  whole: SparseVector[];
  duties: SparseVector[][];
}

/** A passage's terms, read once whether for the library's weights or for its side. */
const termsRead = new WeakMap<Passage, string[]>();
function termsOf(p: Passage): string[] {
  let terms = termsRead.get(p);
  if (!terms) termsRead.set(p, (terms = dutyTerms(p.reading, p.cites)));
  return terms;
}

export function alignmentSide(passages: Passage[], idf: LibraryIdf): AlignmentSide {
  const whole = passages.map((p) => idf.sparse(termsOf(p)));
  return {
    passages,
    repeats: repeatsIn(passages),
    whole,
    // A citation belongs to the duty it is written in; cite terms are counted on the whole.
    duties: passages.map((p, k) => {
      const parts = duties(p.reading);
      return parts.length > 1 ? parts.map((d) => idf.sparse(dutyTerms(d))) : [whole[k]!];
    }),
  };
}

/**
 * For every passage of `a` and of `b`, the largest dot product of one of its vectors with one
 * of the other's: a sparse product through the postings of `b`'s terms, so the work grows with
 * the terms the two texts share, not with every pair of duties.
 */
function bestProducts(a: readonly SparseVector[][], b: readonly SparseVector[][]): Float64Array[] {
  const owner: number[] = [];
  const postings = new Map<number, number[]>();
  b.forEach((vectors, j) => {
    for (const v of vectors) {
      const k = owner.push(j) - 1;
      v.ids.forEach((id, n) => {
        let list = postings.get(id);
        if (!list) postings.set(id, (list = []));
        list.push(k, v.weights[n]!);
      });
    }
  });
  const sums = new Float64Array(owner.length);
  return a.map((vectors) => {
    const best = new Float64Array(b.length);
    for (const u of vectors) {
      sums.fill(0);
      u.ids.forEach((id, n) => {
        const list = postings.get(id);
        if (!list) return;
        const w = u.weights[n]!;
        for (let k = 0; k < list.length; k += 2) sums[list[k]!] = sums[list[k]!]! + w * list[k + 1]!;
      });
      sums.forEach((s, k) => {
        if (s > best[owner[k]!]!) best[owner[k]!] = s;
      });
    }
    return best;
  });
}

/** Similarity of every pair: 0 across roles and for repeats, citations decide for "Căn cứ". */
function similarities(a: AlignmentSide, b: AlignmentSide): number[][] {
  const whole = bestProducts(a.whole.map((v) => [v]), b.whole.map((v) => [v]));
  const duty = bestProducts(a.duties, b.duties);
  return a.passages.map((p, i) =>
    b.passages.map((q, j) => {
      if (FAMILY[p.role] !== FAMILY[q.role] || a.repeats.has(p.eId) || b.repeats.has(q.eId)) return 0;
      const w = whole[i]![j]!;
      if (p.role === 'basis') return p.cites.some((c) => q.cites.includes(c)) ? Math.max(w, 0.5) : 0;
      return Math.max(w, Math.sqrt(w * duty[i]![j]!));
    }),
  );
}

/** The library's term weights: every unit of every document, read as the alignment reads it. */
export function libraryIdf(documents: Iterable<readonly Passage[]>): LibraryIdf {
  function* lists() {
    for (const passages of documents) for (const p of passages) yield termsOf(p);
  }
  return new LibraryIdf(lists());
}

/** Indices by descending score. */
const rankOf = (scores: readonly number[]) => scores.map((_, k) => k).sort((x, y) => scores[y]! - scores[x]!);

function topSimilar(scores: readonly number[], others: readonly Passage[], options: AlignmentOptions): Similar[] {
  return scores
    .map((score, k) => ({ eId: others[k]!.eId, score }))
    .filter((s) => s.score >= options.relatedThreshold)
    .sort((x, y) => y.score - x.score)
    .slice(0, options.topK)
    .map((s) => ({ eId: s.eId, score: round(s.score) }));
}

/**
 * Pairs as groups a reader can take in: each pair joins the group of whichever of its two
 * passages has more partners (the directive's paragraph that bundles three khoản of the
 * regulation; the khoản said in two paragraphs of the directive), the left one on a tie. A
 * group is one passage of one side and all its partners on the other.
 */
function starsOf(links: readonly [number, number][]): string[] {
  const degree = new Map<string, number>();
  for (const [i, j] of links) {
    degree.set(`a${i}`, (degree.get(`a${i}`) ?? 0) + 1);
    degree.set(`b${j}`, (degree.get(`b${j}`) ?? 0) + 1);
  }
  return links.map(([i, j]) => (degree.get(`b${j}`)! > degree.get(`a${i}`)! ? `b${j}` : `a${i}`));
}

/** Aligns the passages of two documents (see the module comment). */
export function alignDocuments(left: AlignmentSide, right: AlignmentSide, options: AlignmentOptions = DEFAULT_ALIGNMENT): CrossAlignment {
  const [a, b] = [left.passages, right.passages];
  const [repeatsA, repeatsB] = [left.repeats, right.repeats];
  const sim = similarities(left, right);
  const column = (j: number) => sim.map((row) => row[j]!);

  const linked = new Set<string>();
  const links: [number, number][] = [];
  const link = (i: number, j: number) => {
    if (linked.has(`${i} ${j}`)) return;
    linked.add(`${i} ${j}`);
    links.push([i, j]);
  };
  const pairBest = (scores: readonly number[], add: (k: number) => void) => {
    const best = Math.max(0, ...scores);
    if (best < options.threshold) return;
    scores.forEach((s, k) => {
      if (s >= options.threshold && s >= best * options.groupRatio) add(k);
    });
  };
  sim.forEach((row, i) => pairBest(row, (j) => link(i, j)));
  // Seen from the right, a passage joins its best match on the left only if it is among that
  // one's own nearest: a long passage with many common words is not everyone's counterpart.
  const ranks = sim.map(rankOf);
  const nearest = ranks.map((rank) => new Set(rank.slice(0, options.topK)));
  b.forEach((_, j) => pairBest(column(j), (i) => nearest[i]!.has(j) && link(i, j)));
  // Two passages that are each other's best match pair on less: neither has a likelier counterpart.
  const bestOfColumn = b.map((_, j) => rankOf(column(j))[0]);
  ranks.forEach(([j], i) => {
    if (j !== undefined && bestOfColumn[j] === i && sim[i]![j]! >= options.mutualThreshold) link(i, j);
  });
  const rowBest = ranks.map((rank, i) => sim[i]![rank[0]!] ?? 0);
  const columnBest = bestOfColumn.map((i, j) => (i === undefined ? 0 : sim[i]![j]!));
  const kept = links.filter(([i, j]) => sim[i]![j]! >= options.keepRatio * Math.max(rowBest[i]!, columnBest[j]!));
  kept.sort((x, y) => x[0] - y[0] || x[1] - y[1]);

  const roots = starsOf(kept);
  const groupIndex = new Map<string, number>();
  const groups: AlignedGroup[] = [];
  const pairs = kept.map(([i, j], k) => {
    let g = groupIndex.get(roots[k]!);
    if (g === undefined) {
      g = groups.push({ a: [], b: [] }) - 1;
      groupIndex.set(roots[k]!, g);
    }
    const group = groups[g]!;
    if (!group.a.includes(a[i]!.eId)) group.a.push(a[i]!.eId);
    if (!group.b.includes(b[j]!.eId)) group.b.push(b[j]!.eId);
    return { a: a[i]!.eId, b: b[j]!.eId, score: round(sim[i]![j]!), phrases: sharedPhrases(a[i]!.text, b[j]!.text), group: g };
  });
  const order = (side: Passage[]) => new Map(side.map((p, k) => [p.eId, k]));
  const [orderA, orderB] = [order(a), order(b)];
  for (const g of groups) {
    g.a.sort((x, y) => orderA.get(x)! - orderA.get(y)!);
    g.b.sort((x, y) => orderB.get(x)! - orderB.get(y)!);
  }
  const pairedA = new Set(pairs.map((p) => p.a));
  const pairedB = new Set(pairs.map((p) => p.b));
  return {
    options,
    a,
    b,
    pairs,
    groups,
    similarToA: Object.fromEntries(a.map((p, i) => [p.eId, topSimilar(sim[i]!, b, options)])),
    similarToB: Object.fromEntries(b.map((p, j) => [p.eId, topSimilar(column(j), a, options)])),
    onlyA: a.filter((p) => !pairedA.has(p.eId) && !repeatsA.has(p.eId)).map((p) => p.eId),
    onlyB: b.filter((p) => !pairedB.has(p.eId) && !repeatsB.has(p.eId)).map((p) => p.eId),
    repeatsA: Object.fromEntries(repeatsA),
    repeatsB: Object.fromEntries(repeatsB),
  };
}
