/**
 * The search page's searches, off the page's thread: Pagefind runs here, and so does the clause
 * ranking over the pages' text, so that only the ranked clauses (a few KB) reach the page.
 */
import { loadPagefind, searchClauses, type Filters } from './engine.ts';

export type SearchCall = { method: 'filters' } | { method: 'search'; query: string; filters: Filters; pageLimit: number };
export type SearchRequest = SearchCall & { id: number };

self.addEventListener('message', (event: MessageEvent<SearchRequest>) => {
  const request = event.data;
  const answer = request.method === 'filters' ? loadPagefind().then((p) => p.filters()) : searchClauses(request.query, request.filters, request.pageLimit);
  answer.then(
    (result) => self.postMessage({ id: request.id, result }),
    (error: unknown) => self.postMessage({ id: request.id, error: String(error) }),
  );
});
