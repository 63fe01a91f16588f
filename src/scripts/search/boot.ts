/**
 * Every page: the "/" shortcut, and the search code loaded on the reader's first move toward
 * it, so pages that are only read never download it. A result link's `tu-khoa` loads the
 * highlighter.
 */
import { PAGEFIND_SCRIPT } from './base.ts';
import { SAVED_QUERY } from './saved.ts';

const input = document.querySelector<HTMLInputElement>('#site-search-input');

if (input) {
  let attached: Promise<void> | undefined;
  const start = () => {
    // Phases of a first search, as User Timing marks (bench/search.bench.ts, devtools).
    performance.mark('so-tay:search-start');
    // Pagefind's script is fetched beside the site's search code rather than after it (the
    // engine imports the same URL, so the same module).
    void import(/* @vite-ignore */ PAGEFIND_SCRIPT).catch(() => {});
    attached = import('./header.ts').then((m) => m.attach(input));
  };
  input.addEventListener('focus', start, { once: true });
  // Enter before the search code has arrived: wait for it, and it opens the first result (without
  // it, the search page). Once it is there, its own listener answers Enter.
  input.form?.addEventListener('submit', (event) => {
    if (!attached || input.dataset.searchReady) return;
    event.preventDefault();
    const form = input.form!;
    attached.then(
      () => form.requestSubmit(),
      () => form.submit(),
    );
  });
  // Back to a page a result was opened from: its query is in the history entry (header.ts), and
  // the box shows it and its results again.
  const saved = (history.state as Record<string, unknown> | null)?.[SAVED_QUERY];
  if (typeof saved === 'string' && saved) {
    input.value = saved;
    start();
  }
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    if (target.closest('input, textarea, select, [contenteditable="true"]')) return;
    event.preventDefault();
    input.focus();
  });
}

if (new URLSearchParams(window.location.search).has('tu-khoa')) void import('./highlight.ts');
