/**
 * Search filters: Pagefind's filter names (what the document page declares) and the short
 * names they take in a shareable URL (`/tim-kiem/?q=…&tinh=Lào+Cai`).
 */
import type { DocumentFrontmatter } from '../../schemas/document-meta.ts';

export const SEARCH_FILTERS = [
  { name: 'văn bản', param: 'van-ban', label: 'Văn bản' },
  { name: 'tỉnh', param: 'tinh', label: 'Tỉnh' },
  { name: 'loại', param: 'loai', label: 'Loại văn bản' },
  { name: 'năm', param: 'nam', label: 'Năm' },
] as const;

export type SearchFilterName = (typeof SEARCH_FILTERS)[number]['name'];

type FilteredMeta = Pick<DocumentFrontmatter, 'shortTitle' | 'province' | 'type' | 'date'>;

/** The value a document declares for each filter; blanks are named, never guessed. */
export function searchFilterValues(meta: FilteredMeta): Record<SearchFilterName, string> {
  return {
    'văn bản': meta.shortTitle,
    tỉnh: meta.province ?? 'không ghi tỉnh',
    loại: meta.type,
    năm: meta.date?.year ? String(meta.date.year) : 'chưa ghi năm',
  };
}

/** Every value each filter can take in the library, in Vietnamese order: the search page lists them all up front. */
export function searchFilterOptions(metas: FilteredMeta[]): Record<SearchFilterName, string[]> {
  const options = Object.fromEntries(SEARCH_FILTERS.map((f) => [f.name, new Set<string>()])) as Record<SearchFilterName, Set<string>>;
  for (const meta of metas) for (const [name, value] of Object.entries(searchFilterValues(meta))) options[name as SearchFilterName].add(value);
  return Object.fromEntries(Object.entries(options).map(([name, values]) => [name, [...values].sort((a, b) => a.localeCompare(b, 'vi'))])) as Record<
    SearchFilterName,
    string[]
  >;
}

export type SearchState = { query: string; filters: Record<string, string[]> };

export function stateFromParams(params: URLSearchParams): SearchState {
  const filters: Record<string, string[]> = {};
  for (const f of SEARCH_FILTERS) {
    const values = params.getAll(f.param).filter(Boolean);
    if (values.length) filters[f.name] = values;
  }
  return { query: params.get('q') ?? '', filters };
}

export function paramsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const f of SEARCH_FILTERS) for (const v of state.filters[f.name] ?? []) params.append(f.param, v);
  return params;
}
