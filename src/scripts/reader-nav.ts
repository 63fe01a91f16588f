/**
 * Finding one's way in a long document: the table of contents marks where the reader is (the
 * unit a quarter down the window, and the Điều or Mục it stands in), the phone's contents
 * button names it, and choosing a place in the contents panel closes the panel. The panel is
 * a popover and the contents are links, so all of it works without this script but the marks.
 */
const toc = document.getElementById('muc-luc');
const text = document.querySelector<HTMLElement>('.doc-text');
const where = document.querySelector<HTMLElement>('.reader-bar__where');

if (toc && text) {
  const links = new Map<string, HTMLAnchorElement>();
  for (const a of toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) links.set(decodeURIComponent(a.hash.slice(1)), a);
  const marked: HTMLAnchorElement[] = [];
  let queued = false;

  const open = () => toc.matches(':popover-open');

  const update = () => {
    queued = false;
    // The open panel covers the text: what is under it was marked before it opened.
    if (open()) return;
    const box = text.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + 4, Math.max(0, Math.min(innerHeight / 4, box.bottom - 1)));
    if (hit && !text.contains(hit)) return;
    // The contents entries the reader is in, innermost first: a khoản, its Điều, its Chương.
    const found: HTMLAnchorElement[] = [];
    for (let el = hit?.closest('[id]'); el && text.contains(el); el = el.parentElement?.closest('[id]')) {
      const link = links.get(el.id);
      if (link) found.push(link);
    }
    for (const a of marked.splice(0)) {
      a.removeAttribute('aria-current');
      a.classList.remove('is-within');
    }
    found[0]?.setAttribute('aria-current', 'location');
    for (const a of found.slice(1)) a.classList.add('is-within');
    marked.push(...found);
    // Named by its heading entry (not a khoản's bare number).
    if (where) where.textContent = found.find((a) => !a.closest('.toc-parts'))?.textContent ?? '';
  };

  addEventListener(
    'scroll',
    () => {
      if (!queued) requestAnimationFrame(update);
      queued = true;
    },
    { passive: true },
  );
  update();

  toc.addEventListener('beforetoggle', (event) => {
    if ((event as ToggleEvent).newState === 'open') update();
  });
  toc.addEventListener('toggle', () => {
    if (open()) marked[0]?.scrollIntoView({ block: 'center' });
  });
  toc.addEventListener('click', (event) => {
    const link = (event.target as HTMLElement).closest('a');
    if (!link || !open()) return;
    toc.hidePopover();
    // From the keyboard, focus goes to the chosen unit (units are focusable: the unit tools).
    if (event.detail === 0) document.getElementById(decodeURIComponent(link.hash.slice(1)))?.focus({ preventScroll: true });
  });
}
