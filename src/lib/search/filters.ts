/**
 * Search filters: Pagefind's filter names (what the document page declares) and the short
 * names they take in a shareable URL (`/tim-kiem/?q=…&tinh=Lào+Cai`).
 */
export const SEARCH_FILTERS = [
  { name: 'văn bản', param: 'van-ban', label: 'Văn bản' },
  { name: 'tỉnh', param: 'tinh', label: 'Tỉnh' },
  { name: 'loại', param: 'loai', label: 'Loại văn bản' },
  { name: 'năm', param: 'nam', label: 'Năm' },
] as const;

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
