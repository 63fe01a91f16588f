/**
 * The site's search on top of Pagefind, loaded only when a reader starts searching.
 * The query's tone placement is made canonical the same way the index was (see
 * src/integrations/pagefind.ts); results are ranked by clause (src/lib/search/clauses.ts).
 */
import { clauseResults, type ClauseResult, type PageData } from '../../lib/search/clauses.ts';
import { resolveQuery, type ReferenceIndex, type ReferenceTarget } from '../../lib/search/reference-index.ts';
import { parseQuery } from '../../lib/search/references.ts';
import { canonicalTones, queryVariants } from '../../lib/search/vietnamese.ts';
import { routes, withBase } from '../../lib/routes.ts';
import { BASE, PAGEFIND_SCRIPT } from './base.ts';

export type FilterCounts = Record<string, Record<string, number>>;
export type Filters = Record<string, string[]>;

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PageData>;
}

interface PagefindSearch {
  results: PagefindResult[];
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  preload: (query: string) => Promise<void>;
  search: (query: string, options?: { filters?: Filters }) => Promise<PagefindSearch | null>;
  filters: () => Promise<FilterCounts>;
}

let loading: Promise<Pagefind> | undefined;

/**
 * Loads Pagefind once, searching where it is loaded (Pagefind's own worker is not used): the
 * header box on the page, since for an index this small a search takes a few milliseconds and
 * a worker's script is 12 KB more before the first result; the search page in its worker
 * (worker.ts), which ranks the clauses there too.
 */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (import(/* @vite-ignore */ PAGEFIND_SCRIPT) as Promise<Pagefind>).then(async (pagefind) => {
    // Result URLs under the site's base path; words typed with their diacritics count more
    // than the same words found without them.
    await pagefind.options({ baseUrl: BASE, noWorker: true, ranking: { diacriticSimilarity: 1 } });
    // Pagefind would fetch its WebAssembly and metadata only at the first search: start now.
    void pagefind.init();
    performance.mark('so-tay:pagefind-loaded');
    return pagefind;
  });
  return loading;
}

/** While the reader types: the index chunks for the words so far, so the search finds them loaded. */
export function preload(query: string): void {
  const text = canonicalTones(query.trim());
  if (text.length < 2) return;
  void loadPagefind().then((pagefind) => Promise.all(queryVariants(text).map((v) => pagefind.preload(v))));
}

let references: Promise<ReferenceIndex | null> | undefined;

/** The outlines references are found in, fetched the first time a query names a unit or a number. */
function loadReferences(): Promise<ReferenceIndex | null> {
  references ??= fetch(withBase(routes.searchReferences(), BASE))
    .then((r) => (r.ok ? (r.json() as Promise<ReferenceIndex>) : null))
    .catch(() => null);
  return references;
}

/** A unit or document a reference names, as a result: first, with its own words as the excerpt. */
function targetResult(target: ReferenceTarget): SearchResult {
  return {
    url: withBase(target.url, BASE),
    eId: target.eId,
    path: target.path,
    excerpt: target.excerpt ? [{ text: target.excerpt, hit: false }] : [],
    kind: target.eId ? 'reference' : 'document',
  };
}

/** What a result list shows: a clause the words were found in, a unit a reference names, a document its number names. */
export type SearchResult = Pick<ClauseResult, 'url' | 'eId' | 'path' | 'excerpt'> & { kind: 'clause' | 'reference' | 'document' };

export interface SearchOutcome {
  query: string;
  clauses: SearchResult[];
  pages: number;
  /** Documents per filter value for the query, whatever filters are chosen. */
  filters: FilterCounts;
}

/** Clause results for a query, best first; null when a newer search superseded this one. */
export async function searchClauses(query: string, filters: Filters = {}, pageLimit = 12): Promise<SearchOutcome | null> {
  // A User Timing measure per search, for anyone profiling in devtools (the benchmark reads the
  // phase marks instead: so-tay:query, so-tay:searched, so-tay:ranked…).
  const start = performance.now();
  const outcome = await runSearch(query, filters, pageLimit);
  if (outcome) performance.measure('so-tay:search', { start, detail: { query } });
  return outcome;
}

async function runSearch(query: string, filters: Filters, pageLimit: number): Promise<SearchOutcome | null> {
  // "k7 đ2 nêu gương", "QĐ 08": what the query names comes first; only the words that did not
  // name a document are then searched for in the text.
  const parsed = parseQuery(query);
  const index = parsed.units.length || parsed.numbers.length ? await loadReferences() : null;
  const resolved = index ? resolveQuery(parsed, index) : { targets: [], words: [] };
  const named = resolved.targets.map(targetResult);
  const units = named.some((r) => r.kind === 'reference');
  const text = units ? resolved.words.join(' ') : query;
  if (units && !text) return { query, clauses: named, pages: new Set(named.map((r) => r.url)).size, filters: {} };
  const found = await searchText(text, filters, pageLimit);
  if (!found) return null;
  const seen = new Set(named.map((r) => `${r.url}#${r.eId}`));
  const clauses = [...named, ...found.clauses.filter((c) => !seen.has(`${c.url}#${c.eId}`))];
  return { query, clauses, pages: new Set(clauses.map((r) => r.url)).size, filters: found.filters };
}

async function searchText(query: string, filters: Filters, pageLimit: number): Promise<{ clauses: SearchResult[]; filters: FilterCounts } | null> {
  const pagefind = await loadPagefind();
  // One search per spelling of d/đ (see queryVariants), one after another: Pagefind answers
  // null to a search overtaken by a newer one, and a result's data() describes the latest
  // search, so each search's data is read before the next. Pages found by several spellings
  // keep their best score and all their matches.
  const pages = new Map<string, { score: number; data: PageData; locations: Set<number> }>();
  let counts: FilterCounts = {};
  for (const variant of queryVariants(canonicalTones(query))) {
    const search = await pagefind.search(variant, { filters });
    if (!search) return null;
    performance.mark('so-tay:searched');
    const top = search.results.slice(0, pageLimit);
    const data = await Promise.all(top.map((r) => r.data()));
    performance.mark('so-tay:fragments');
    top.forEach((r, i) => {
      const entry = pages.get(r.id) ?? { score: -Infinity, data: data[i]!, locations: new Set<number>() };
      entry.score = Math.max(entry.score, r.score);
      for (const l of data[i]!.locations) entry.locations.add(l);
      pages.set(r.id, entry);
    });
    counts = mergeCounts(counts, search.totalFilters);
  }
  const best = [...pages.values()].sort((a, b) => b.score - a.score).slice(0, pageLimit);
  const data = best.map((p) => ({ ...p.data, locations: [...p.locations] }));
  const clauses = clauseResults(data, query).map((c) => ({ ...c, kind: 'clause' as const }));
  performance.mark('so-tay:ranked');
  return { clauses, filters: counts };
}

/** Documents per filter value over several spellings: the most any one spelling found. */
function mergeCounts(a: FilterCounts, b: FilterCounts): FilterCounts {
  const out: FilterCounts = structuredClone(a);
  for (const [name, values] of Object.entries(b)) {
    out[name] ??= {};
    for (const [value, n] of Object.entries(values)) out[name]![value] = Math.max(out[name]![value] ?? 0, n);
  }
  return out;
}
