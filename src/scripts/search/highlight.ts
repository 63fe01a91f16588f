/**
 * After a search result is opened: the query's words are marked in the unit it points to,
 * compared without diacritics, with a button to take the marks away.
 */
import { canonicalTones, fold, hasDiacritics, words } from '../../lib/search/vietnamese.ts';

const params = new URLSearchParams(window.location.search);
const query = params.get('tu-khoa') ?? '';
const terms = words(canonicalTones(query)).map((w) => ({ folded: fold(w), exact: hasDiacritics(w) ? w.toLowerCase() : null }));
const target = (window.location.hash && document.getElementById(decodeURIComponent(window.location.hash.slice(1)))) || document.querySelector('.doc-text');

/**
 * Whole words only ("so" never marks "sống"); a word typed with its diacritics marks only
 * itself ("tự", not "tư"), one typed plain every spelling ("tu": tu, tự, tư, từ). `loose`
 * drops the diacritics when the strict reading marks nothing in the unit.
 */
function matches(word: string, loose: boolean): boolean {
  const folded = fold(word);
  return terms.some((t) => t.folded === folded && (loose || t.exact === null || t.exact === canonicalTones(word).toLowerCase()));
}

function mark(root: Element, loose = false): number {
  let count = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('[data-ed], mark, script, style') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  for (const node of nodes) {
    const parts = node.data.split(/([\p{L}\p{M}\p{N}]+)/u);
    if (!parts.some((p, i) => i % 2 === 1 && matches(p, loose))) continue;
    const fragment = document.createDocumentFragment();
    parts.forEach((part, i) => {
      if (i % 2 === 1 && matches(part, loose)) {
        const m = document.createElement('mark');
        m.className = 'search-hit';
        m.textContent = part;
        fragment.append(m);
        count++;
      } else if (part) fragment.append(part);
    });
    node.replaceWith(fragment);
  }
  return count;
}

function clear(): void {
  document.querySelectorAll('mark.search-hit').forEach((m) => m.replaceWith(m.textContent ?? ''));
  document.querySelector('.doc-text')?.normalize();
  document.querySelector('.search-highlight-bar')?.remove();
  params.delete('tu-khoa');
  const search = params.toString();
  history.replaceState(history.state, '', `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`);
}

if (target && terms.length) {
  const count = mark(target) || mark(target, true);
  const bar = document.createElement('p');
  bar.className = 'search-highlight-bar';
  bar.setAttribute('role', 'status');
  bar.textContent = `Đã tô sáng ${count} chỗ khớp “${query}”. `;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Bỏ tô sáng';
  button.addEventListener('click', clear);
  bar.append(button);
  document.querySelector('article.document')?.prepend(bar);
}
