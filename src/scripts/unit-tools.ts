/**
 * The tools of a document's units ("Lưu vào sổ tay", "Trích dẫn", permalink, card, "Chia sẻ"):
 * one toolbar for the whole page, moved to the unit the reader points at, taps or reaches with
 * Tab, instead of a set of buttons in every unit (the Quy chế has 268 units). Each unit is a
 * Tab stop; the toolbar after it is one more, its buttons chosen with the arrow keys.
 *
 * The toolbar never covers the unit's words: where the page leaves room to the right of the
 * text it stands there; otherwise (a phone) it goes in the text's flow, after the unit's own
 * paragraph. What the buttons do, and the unit facts they need, load on first use
 * (unit-tools/actions.ts). Without JavaScript the ids and the table of contents still give
 * every permalink.
 */
import { routes } from '../lib/routes.ts';
import { href } from '../utils/url.ts';
import { savedMarks } from './notebook/marks.ts';

const UNIT = '.doc-text .unit[id]';
const article = document.querySelector<HTMLElement>('article.document');
const text = article?.querySelector<HTMLElement>('.doc-text');
const slug = article?.dataset.slug ?? '';

type Actions = typeof import('./unit-tools/actions.ts');
let actions: Promise<Actions> | undefined;
const loadActions = () => (actions ??= import('./unit-tools/actions.ts'));

let tools: HTMLElement | undefined;
let active: HTMLElement | undefined;

function tool(tag: 'button' | 'a', action: string, label: string): HTMLElement {
  const el = document.createElement(tag);
  el.className = `unit-tool unit-tool--${action}`;
  el.dataset.action = action;
  el.textContent = label;
  el.tabIndex = -1;
  if (el instanceof HTMLButtonElement) el.type = 'button';
  return el;
}

function buildTools(): HTMLElement {
  const box = document.createElement('div');
  box.className = 'unit-tools';
  // Not the document's words: search and "quoted text" leave it out.
  box.dataset.ed = '';
  box.dataset.pagefindIgnore = '';
  const bar = document.createElement('div');
  bar.className = 'unit-toolbar';
  bar.setAttribute('role', 'toolbar');
  bar.setAttribute('aria-label', 'Công cụ của đơn vị');
  const cite = tool('button', 'cite', 'Trích dẫn');
  cite.setAttribute('aria-expanded', 'false');
  const card = tool('a', 'card', 'Tải thẻ trích dẫn') as HTMLAnchorElement;
  const share = tool('a', 'share', 'Chia sẻ');
  share.hidden = true;
  bar.append(tool('button', 'save', 'Lưu vào sổ tay'), cite, tool('a', 'link', '#'), card, share);
  bar.firstElementChild!.setAttribute('tabindex', '0');
  box.append(bar);
  bar.addEventListener('keydown', moveFocus);
  box.addEventListener('click', (event) => {
    // The card link downloads the first card itself; the actions offer the rest of a long unit's.
    const control = (event.target as HTMLElement).closest<HTMLElement>('button[data-action], a[data-action="card"]');
    if (control && active) {
      const unit = active;
      void loadActions().then((a) => a.act(control.dataset.action!, unit, box, slug));
    }
  });
  return box;
}

/** Arrow keys, Home and End move between the toolbar's buttons; Escape goes back to the unit. */
function moveFocus(event: KeyboardEvent): void {
  const items = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('.unit-tool:not([hidden])')];
  const at = items.indexOf(document.activeElement as HTMLElement);
  const to =
    event.key === 'ArrowRight' || event.key === 'ArrowDown'
      ? (at + 1) % items.length
      : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
        ? (at - 1 + items.length) % items.length
        : event.key === 'Home'
          ? 0
          : event.key === 'End'
            ? items.length - 1
            : -1;
  if (event.key === 'Escape') {
    active?.focus();
    return;
  }
  if (to < 0) return;
  event.preventDefault();
  items.forEach((el, i) => (el.tabIndex = i === to ? 0 : -1));
  items[to]!.focus();
}

/** Where the unit's own words end: before its first sub-unit. */
function ownEnd(unit: HTMLElement): Element | null {
  return [...unit.children].find((c) => c.matches('.unit[id]')) ?? null;
}

/** Whether the window leaves room right of the text for the toolbar (8rem and its gap). */
function roomBeside(unit: HTMLElement): boolean {
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
  return document.documentElement.clientWidth - unit.getBoundingClientRect().right >= 9 * rem;
}

function show(unit: HTMLElement): void {
  tools ??= buildTools();
  if (active !== unit) {
    // A panel of the unit left behind (a citation's preview, a message) closes with it.
    const panel = document.querySelector<HTMLElement>('.unit-panel');
    if (panel) panel.hidden = true;
    delete tools.dataset.open;
    tools.querySelector('[data-action="cite"]')!.setAttribute('aria-expanded', 'false');
    active?.classList.remove('is-active');
    active = unit;
    unit.classList.add('is-active');
    const beside = roomBeside(unit);
    tools.classList.toggle('unit-tools--beside', beside);
    unit.insertBefore(tools, ownEnd(unit));
    const link = tools.querySelector<HTMLAnchorElement>('[data-action="link"]')!;
    link.href = `#${unit.id}`;
    const card = tools.querySelector<HTMLAnchorElement>('[data-action="card"]')!;
    card.href = href(routes.card(slug, unit.id));
    card.download = `${slug}_${unit.id}.png`;
    (tools.querySelector('[data-action="share"]') as HTMLAnchorElement).href = href(routes.sharePage(slug, unit.id));
  }
  tools.hidden = false;
  void loadActions().then((a) => a.describe(unit, tools!, slug));
}

function hide(): void {
  if (!tools || tools.contains(document.activeElement) || tools.dataset.open) return;
  tools.hidden = true;
  active?.classList.remove('is-active');
  active = undefined;
}

if (article && text) {
  const units = text.querySelectorAll<HTMLElement>('.unit[id]');
  const saved = new Set(savedMarks(slug));
  for (const unit of units) {
    unit.tabIndex = 0;
    if (saved.has(unit.id)) unit.classList.add('is-saved');
  }
  text.addEventListener('focusin', (event) => {
    const target = event.target as HTMLElement;
    if (target.matches(UNIT)) show(target);
  });
  text.addEventListener('pointerover', (event) => {
    if (event.pointerType !== 'mouse' || tools?.contains(document.activeElement) || tools?.dataset.open) return;
    const unit = (event.target as HTMLElement).closest<HTMLElement>(UNIT);
    // Pointing only moves the toolbar where it stands beside the text: in the flow it would shift the words.
    if (unit && unit !== active && (tools?.contains(event.target as Node) !== true) && roomBeside(unit)) show(unit);
  });
  // A finger lifted also "leaves": only a mouse leaving the text hides the toolbar.
  text.addEventListener('pointerleave', (event) => event.pointerType === 'mouse' && hide());
  // A tap or click on a unit's words shows its tools (a phone has no hover).
  text.addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    if (target.closest('a, button, input, textarea, .unit-tools, .unit-panel')) return;
    const unit = target.closest<HTMLElement>(UNIT);
    if (unit) show(unit);
  });
}
