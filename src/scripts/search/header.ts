/**
 * The header search box: results appear as the reader types. Enter in the box opens the first
 * result (the unit a reference names: "k7 đ2"), ArrowDown moves into the results, arrows move
 * between them, Enter opens one, Escape closes the list and returns to the box. The query is
 * kept in the page's history entry, so Back brings the box and its results back.
 */
import { routes, withBase } from '../../lib/routes.ts';
import { SAVED_QUERY } from './saved.ts';
import { BASE } from './base.ts';
import { loadPagefind, preload, searchClauses } from './engine.ts';
import { renderResult } from './render.ts';

const SHOWN = 8;

export function attach(input: HTMLInputElement): void {
  if (input.dataset.searchReady) return;
  input.dataset.searchReady = 'true';
  performance.mark('so-tay:search-code');
  // The reader is about to type: fetch Pagefind and its index meanwhile.
  void loadPagefind();
  const panel = document.getElementById(input.getAttribute('aria-controls') ?? '')!;
  const list = panel.querySelector<HTMLUListElement>('.search-results')!;
  const status = panel.querySelector<HTMLElement>('.search-status')!;
  const all = panel.querySelector<HTMLAnchorElement>('.search-all')!;
  let sequence = 0;
  let shown = '';

  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a')];
  const open = () => {
    panel.hidden = false;
  };
  const close = () => {
    panel.hidden = true;
  };

  async function run(): Promise<void> {
    const query = input.value.trim();
    const mine = ++sequence;
    if (query.length < 2) {
      close();
      return;
    }
    // The same words again (a space typed, the box refocused): keep the list, and the reader's place in it.
    if (query === shown) {
      open();
      return;
    }
    status.textContent = 'Đang tìm…';
    open();
    performance.mark('so-tay:query');
    const outcome = await searchClauses(query);
    if (!outcome || mine !== sequence) return;
    // Results can arrive while the reader is already moving through the previous ones.
    const focused = links().indexOf(document.activeElement as HTMLAnchorElement);
    list.replaceChildren(
      ...outcome.clauses.slice(0, SHOWN).map((r) => {
        const item = document.createElement('li');
        item.append(renderResult(r, query));
        return item;
      }),
    );
    performance.mark('so-tay:rendered');
    status.textContent = outcome.clauses.length
      ? `${outcome.clauses.length} đoạn khớp trong ${outcome.pages} văn bản${outcome.clauses.length > SHOWN ? `, ${SHOWN} đoạn đầu:` : ':'}`
      : `Không tìm thấy “${query}”.`;
    shown = query;
    list.dataset.query = query;
    // The box has autocomplete off, so the browser would not restore it on Back: the history entry does.
    history.replaceState({ ...(history.state as object | null), [SAVED_QUERY]: query }, '');
    if (focused >= 0) (links()[Math.min(focused, links().length - 1)] ?? input).focus();
    all.href = withBase(routes.search(query), BASE);
    all.hidden = outcome.clauses.length <= SHOWN;
  }

  // No pause waited for: a search takes a few milliseconds once Pagefind is loaded. One runs at
  // a time; keystrokes meanwhile load their words' index chunks, and the box's words when it
  // ends are searched next.
  let running: Promise<void> | undefined;
  let again = false;
  const search = (): void => {
    if (running) {
      again = true;
      preload(input.value);
      return;
    }
    running = run().finally(() => {
      running = undefined;
      if (again) {
        again = false;
        search();
      }
    });
  };
  // Enter can come while typing's searches still run, one after another: the first result is
  // the one of the box's words, so wait for those, and search them if none did.
  const settled = async (): Promise<void> => {
    while (running) await running;
    if (list.dataset.query !== input.value.trim()) await run();
  };
  input.addEventListener('input', search);
  input.form?.addEventListener('submit', (event) => {
    const query = input.value.trim();
    if (query.length < 2) return;
    event.preventDefault();
    void settled().then(() => {
      const first = list.dataset.query === query ? links()[0] : undefined;
      window.location.assign(first?.href ?? withBase(routes.search(query), BASE));
    });
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && !panel.hidden && links()[0]) {
      event.preventDefault();
      links()[0]!.focus();
    } else if (event.key === 'Escape' && !panel.hidden) {
      // First Escape closes the results; only a second one clears the box (the browser's default).
      event.preventDefault();
      close();
    }
  });
  panel.addEventListener('keydown', (event) => {
    const items = [...links(), ...(all.hidden ? [] : [all])];
    const at = items.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = at + (event.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) input.focus();
      else items[Math.min(next, items.length - 1)]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
      input.focus();
    }
  });
  document.addEventListener('click', (event) => {
    if (!(event.target as HTMLElement).closest('.site-search')) close();
  });
  if (input.value.trim()) search();
}
