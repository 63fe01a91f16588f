/** A search result as the page shows it: a link to its unit, its place, its words with the query's marked. */
import type { SearchResult } from './engine.ts';

/** Where a result leads: the page, the query for highlighting, the unit's anchor. */
export function resultHref(result: SearchResult, query: string): string {
  const url = new URL(result.url, window.location.origin);
  // A reference's words are numbers, not text to mark.
  if (result.kind === 'clause') url.searchParams.set('tu-khoa', query);
  if (result.eId) url.hash = result.eId;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** One result as a list item's content: where it is, then what it says, query words marked. */
export function renderResult(result: SearchResult, query: string): HTMLAnchorElement {
  const link = document.createElement('a');
  link.className = 'search-result';
  link.dataset.kind = result.kind;
  link.href = resultHref(result, query);
  const path = document.createElement('span');
  path.className = 'search-result-path';
  path.textContent = result.path.join(' › ');
  const excerpt = document.createElement('span');
  excerpt.className = 'search-result-excerpt';
  for (const part of result.excerpt) {
    const node = part.hit ? document.createElement('mark') : document.createTextNode('');
    node.textContent = `${part.text} `;
    excerpt.append(node);
  }
  link.append(path, excerpt);
  return link;
}
