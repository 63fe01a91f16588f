/**
 * Previews in place: an internal reference ("Điều 4 của Quy chế này") shows that unit's words, a
 * citation the cited document's facts and how often the library cites it, without leaving the
 * page. One popover for the page, opened by a disclosure button after each reference (for the
 * keyboard and screen readers: it says whether it is expanded), by a tap on the reference, or by
 * a mouse resting on it. Escape or a tap elsewhere closes it (the popover's own light dismiss).
 * What goes in it loads on first use (ref-preview/content.ts).
 */
const text = document.querySelector<HTMLElement>('.doc-text');
const slug = document.querySelector<HTMLElement>('article.document')?.dataset.slug ?? '';
const REF = 'a.unit-ref, a.cite';

type Content = typeof import('./ref-preview/content.ts');
let content: Promise<Content> | undefined;

if (text) {
  const panel = document.createElement('div');
  panel.id = 'xem-truoc';
  panel.className = 'ref-preview';
  panel.popover = 'auto';
  // Not the document's words: search and quotations leave it out.
  panel.dataset.ed = '';
  panel.dataset.pagefindIgnore = '';
  document.body.append(panel);
  let open: HTMLButtonElement | undefined;
  let hover: ReturnType<typeof setTimeout> | undefined;

  const peekOf = (link: Element) => link.nextElementSibling as HTMLButtonElement;
  for (const link of text.querySelectorAll<HTMLAnchorElement>(REF)) {
    const peek = document.createElement('button');
    peek.type = 'button';
    peek.className = 'ref-peek';
    peek.dataset.ed = '';
    peek.setAttribute('aria-label', `Xem trước: ${link.textContent}`);
    peek.setAttribute('aria-expanded', 'false');
    peek.popoverTargetElement = panel;
    link.after(peek);
  }

  /** Makes `peek` the reference the preview is for: its link the anchor the preview stands under. */
  const aim = (peek: HTMLButtonElement) => {
    (open?.previousElementSibling as HTMLElement | null)?.style.removeProperty('anchor-name');
    open = peek;
    (peek.previousElementSibling as HTMLElement).style.setProperty('anchor-name', '--ref');
  };
  const show = (peek: HTMLButtonElement) => {
    if (open === peek && panel.matches(':popover-open')) return;
    if (panel.matches(':popover-open')) panel.hidePopover();
    aim(peek);
    // With its button as the source, Tab goes from the button into the preview.
    (panel as unknown as { showPopover(options: { source: HTMLElement }): void }).showPopover({ source: peek });
  };

  panel.addEventListener('beforetoggle', (event) => {
    const opening = (event as ToggleEvent).newState === 'open';
    if (!opening) {
      open?.setAttribute('aria-expanded', 'false');
      return;
    }
    const peek = open!;
    peek.setAttribute('aria-expanded', 'true');
    const link = peek.previousElementSibling as HTMLAnchorElement;
    panel.replaceChildren();
    void (content ??= import('./ref-preview/content.ts')).then((c) => {
      if (open === peek) void c.fill(panel, link, slug, () => open === peek && panel.matches(':popover-open'));
    });
  });
  // A reference tapped or clicked, or its button: which one the preview is for.
  text.addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    const peek = target.closest<HTMLButtonElement>('.ref-peek');
    if (peek) {
      // Closed: the button opens it itself (popovertarget), as a disclosure does. Open for another
      // reference: it moves here rather than closing.
      if (!panel.matches(':popover-open')) aim(peek);
      else if (open !== peek) {
        event.preventDefault();
        show(peek);
      }
      return;
    }
    const link = target.closest<HTMLAnchorElement>(REF);
    // A tap or click reads the reference in place; Enter on the link still follows it.
    if (link && event.detail > 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
      event.preventDefault();
      show(peekOf(link));
    }
  });
  // A mouse resting on a reference, or moving into the preview, keeps it; leaving both closes it.
  const leave = () => {
    clearTimeout(hover);
    hover = setTimeout(() => panel.matches(':hover') || panel.contains(document.activeElement) || panel.hidePopover(), 400);
  };
  text.addEventListener('pointerover', (event) => {
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>(REF);
    if (event.pointerType !== 'mouse' || !link) return;
    clearTimeout(hover);
    hover = setTimeout(() => show(peekOf(link)), 350);
  });
  text.addEventListener('pointerout', (event) => {
    if (event.pointerType === 'mouse' && (event.target as HTMLElement).closest(REF)) leave();
  });
  panel.addEventListener('pointerleave', (event) => event.pointerType === 'mouse' && leave());
  panel.addEventListener('pointerenter', () => clearTimeout(hover));
}

export {};
