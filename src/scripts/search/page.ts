/** The search page: query and filters in the URL, counts per filter value, every matching clause. */
import { paramsFromState, stateFromParams, type SearchState } from '../../lib/search/filters.ts';
import type { FilterCounts, Filters, SearchOutcome } from './engine.ts';
import { renderResult } from './render.ts';
import type { SearchCall } from './worker.ts';

// Pagefind and the ranking run in a worker: the page only draws what it answers.
const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
const pending = new Map<number, { resolve: (value: never) => void; reject: (error: Error) => void }>();
let asked = 0;
worker.addEventListener('message', (event: MessageEvent<{ id: number; result?: never; error?: string }>) => {
  const { id, result, error } = event.data;
  const call = pending.get(id);
  pending.delete(id);
  if (error === undefined) call?.resolve(result!);
  else call?.reject(new Error(error));
});
function ask<T>(call: SearchCall): Promise<T> {
  const id = ++asked;
  return new Promise<T>((resolve, reject) => {
    pending.set(id, { resolve: resolve as (value: never) => void, reject });
    worker.postMessage({ ...call, id });
  });
}
const searchClauses = (query: string, filters: Filters, pageLimit: number) => ask<SearchOutcome | null>({ method: 'search', query, filters, pageLimit });

const form = document.querySelector<HTMLFormElement>('.search-page-form')!;
const input = document.querySelector<HTMLInputElement>('#search-page-input')!;
const status = document.querySelector<HTMLElement>('.search-page-results .search-status')!;
const list = document.querySelector<HTMLOListElement>('.search-page-results .search-results')!;
const fieldsets = [...document.querySelectorAll<HTMLFieldSetElement>('.search-filters fieldset')];

let state: SearchState = stateFromParams(new URLSearchParams(window.location.search));
input.value = state.query;
let sequence = 0;

/** The options are in the HTML from the build; a search only fills in counts and ticks. */
function renderFilters(counts: FilterCounts): void {
  for (const fieldset of fieldsets) {
    const name = fieldset.dataset.filter!;
    const chosen = new Set(state.filters[name] ?? []);
    for (const box of fieldset.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      box.checked = chosen.has(box.value);
      box.labels![0]!.querySelector('.filter-count')!.textContent = ` (${counts[name]?.[box.value] ?? 0})`;
    }
  }
}

async function run(): Promise<void> {
  const mine = ++sequence;
  // Pagefind counts a filter only once its index is loaded: load them all before the first search.
  const totals = await ask<FilterCounts>({ method: 'filters' });
  history.replaceState(null, '', `${window.location.pathname}${paramsFromState(state).size ? `?${paramsFromState(state)}` : ''}`);
  if (state.query.trim().length < 2) {
    renderFilters(totals);
    list.replaceChildren();
    status.textContent = 'Gõ ít nhất hai chữ để tìm.';
    return;
  }
  status.textContent = 'Đang tìm…';
  const outcome = await searchClauses(state.query, state.filters, 50);
  if (!outcome || mine !== sequence) return;
  renderFilters(outcome.filters);
  list.replaceChildren(
    ...outcome.clauses.map((r) => {
      const item = document.createElement('li');
      item.append(renderResult(r, state.query));
      return item;
    }),
  );
  status.textContent = outcome.clauses.length ? `${outcome.clauses.length} đoạn khớp trong ${outcome.pages} văn bản.` : `Không tìm thấy “${state.query}”.`;
}

let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => {
    state = { ...state, query: input.value.trim() };
    void run();
  }, 150);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  state = { ...state, query: input.value.trim() };
  void run();
});
document.querySelector('.search-filters')!.addEventListener('change', (event) => {
  const box = event.target as HTMLInputElement;
  const name = box.closest('fieldset')!.dataset.filter!;
  const values = new Set(state.filters[name] ?? []);
  if (box.checked) values.add(box.value);
  else values.delete(box.value);
  state = { ...state, filters: { ...state.filters, [name]: [...values] } };
  if (!values.size) delete state.filters[name];
  void run();
});
void run();
