/**
 * Clause-level search results. Pagefind ranks pages and tells where on a page the query's
 * words are (`locations`) and where every element with an id starts (`anchors`); a unit's
 * id is its eId, so each hit belongs to the innermost unit that starts before it. Units are
 * then ranked across pages: all query words present first, then the words as a phrase, then
 * exact-diacritic matches, then the share of the unit's words that match, then Pagefind's
 * own page order.
 */
import { breadcrumbFromEId, isEId } from '../model/eid.ts';
import { canonicalTones, fold, words } from './vietnamese.ts';

/** The Pagefind meta key a cited document's page carries: its results follow the texts'. */
export const CITED_PAGE_META = 'dan-chieu';

/** The parts of a Pagefind result's data this module reads. */
export interface PageData {
  url: string;
  content: string;
  locations: number[];
  anchors: Array<{ id: string; location: number }>;
  meta: Record<string, string | undefined>;
}

export interface ExcerptPart {
  text: string;
  hit: boolean;
}

export interface ClauseResult {
  /** Page URL as Pagefind gives it (under the site's base path). */
  url: string;
  /** The unit's eId, or null for text before the first unit (title, header). */
  eId: string | null;
  /** Document title, then the unit's place in it: ["Quy định nêu gương (Điện Biên)", "Điều 3", "Khoản 6"]. */
  path: string[];
  excerpt: ExcerptPart[];
  /** Share of the query's words found in the unit, 0–1. */
  coverage: number;
  phrase: boolean;
  exact: number;
  hits: number;
  /** Matching words per word of the unit: a short clause about the query beats a long one that mentions it. */
  density: number;
  /** Position of the page in Pagefind's ranking. */
  pageRank: number;
  /** A cited document's page (its facts), not a text of the library. */
  cited: boolean;
}

export interface QueryTerms {
  /** Folded query words: what must match. */
  folded: string[];
  /** The same words with their diacritics (tone placement made canonical), lowercased. */
  exact: string[];
  /** Whether the user typed a diacritic at all: otherwise "exact" means nothing. */
  accented: boolean;
}

export function queryTerms(query: string): QueryTerms {
  const list = words(canonicalTones(query));
  return {
    folded: list.map(fold),
    exact: list.map((w) => w.toLowerCase()),
    accented: list.some((w) => fold(w) !== w.toLowerCase()),
  };
}

/** Index of the last anchor starting at or before `location`, or -1. */
function anchorAt(starts: number[], location: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= location) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Whether a word of the content matches the query's `k`-th word. */
function matchesTerm(word: string, terms: QueryTerms, k: number): boolean {
  const f = fold(words(word)[0] ?? '');
  const t = terms.folded[k]!;
  // Pagefind matches the last word of a query as a prefix ("khoa" finds "khoản"); so do we.
  return f === t || (k === terms.folded.length - 1 && f.startsWith(t));
}

/** Ranked clause results for the pages Pagefind returned, in its order. */
export function clauseResults(pages: PageData[], query: string, excerptWords = 30): ClauseResult[] {
  const terms = queryTerms(query);
  if (!terms.folded.length) return [];
  const results: ClauseResult[] = [];
  pages.forEach((page, pageRank) => {
    const content = page.content.split(/\s+/);
    const anchors = page.anchors.filter((a) => isEId(a.id)).sort((a, b) => a.location - b.location);
    const starts = anchors.map((a) => a.location);
    const regions = new Map<number, number[]>();
    for (const location of [...page.locations].sort((a, b) => a - b)) {
      const i = anchorAt(starts, location);
      regions.set(i, [...(regions.get(i) ?? []), location]);
    }
    const title = page.meta.title ?? page.url;
    const distinct = new Set(terms.folded);
    for (const [i, hits] of regions) {
      const matched = new Set<string>();
      const marked = new Set<number>();
      let exact = 0;
      for (const h of hits) {
        const word = content[h] ?? '';
        const k = terms.folded.findIndex((_, j) => matchesTerm(word, terms, j));
        if (k < 0) continue;
        matched.add(terms.folded[k]!);
        marked.add(h);
        if (terms.accented && (words(word)[0] ?? '').toLowerCase() === terms.exact[k]) exact++;
      }
      if (!matched.size) continue;
      // The words as a phrase: the query's words one after another, starting at some hit.
      const phrase = terms.folded.length > 1 && hits.some((h) => terms.folded.every((_, k) => matchesTerm(content[h + k] ?? '', terms, k)));
      const start = i >= 0 ? starts[i]! : 0;
      const end = i + 1 < starts.length ? starts[i + 1]! : content.length;
      const first = Math.min(...marked);
      const from = Math.max(start, Math.min(first - Math.floor(excerptWords / 3), end - excerptWords));
      const to = Math.min(end, from + excerptWords);
      const excerpt: ExcerptPart[] = [];
      for (let w = from; w < to; w++) {
        const part = { text: content[w] ?? '', hit: marked.has(w) };
        const last = excerpt.at(-1);
        if (last && last.hit === part.hit) last.text += ` ${part.text}`;
        else excerpt.push(part);
      }
      if (from > start && excerpt[0]) excerpt[0].text = `… ${excerpt[0].text}`;
      if (to < end && excerpt.at(-1)) excerpt.at(-1)!.text += ' …';
      const eId = i >= 0 ? anchors[i]!.id : null;
      results.push({
        url: page.url,
        eId,
        path: [title, ...(eId ? breadcrumbFromEId(eId) : [])],
        excerpt,
        coverage: matched.size / distinct.size,
        phrase,
        exact,
        hits: hits.length,
        density: marked.size / Math.max(1, end - start),
        pageRank,
        cited: page.meta[CITED_PAGE_META] !== undefined,
      });
    }
  });
  // A clause with every word of the query is what the reader asked for; the rest is noise
  // unless no clause has them all (the words then span neighbouring clauses).
  // A cited document's page having them all does not hide the texts' clauses that cite it.
  const complete = results.some((r) => r.coverage === 1 && !r.cited);
  const ranked = results.filter((r) => !complete || r.coverage === 1).sort(
    (a, b) =>
      Number(a.cited) - Number(b.cited) ||
      b.coverage - a.coverage ||
      Number(b.phrase) - Number(a.phrase) ||
      b.exact - a.exact ||
      b.density - a.density ||
      a.pageRank - b.pageRank,
  );
  return spread(ranked);
}

/** Results equally good by what the reader sees first: the same words, as a phrase or not. */
function sameTier(a: ClauseResult, b: ClauseResult): boolean {
  return a.cited === b.cited && a.coverage === b.coverage && a.phrase === b.phrase;
}

/**
 * Within each tier, every document's best clause before a second clause from any one: eight
 * clauses of the guideline do not hide the regulation's when both say "nêu gương".
 */
function spread(ranked: ClauseResult[]): ClauseResult[] {
  const out: ClauseResult[] = [];
  for (let i = 0; i < ranked.length; ) {
    let j = i;
    while (j < ranked.length && sameTier(ranked[i]!, ranked[j]!)) j++;
    const seen = new Set<string>();
    const firsts: ClauseResult[] = [];
    const rest: ClauseResult[] = [];
    for (const r of ranked.slice(i, j)) {
      (seen.has(r.url) ? rest : firsts).push(r);
      seen.add(r.url);
    }
    out.push(...firsts, ...rest);
    i = j;
  }
  return out;
}
