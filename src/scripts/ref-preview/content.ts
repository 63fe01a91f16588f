/**
 * What a reference's preview shows, loaded on its first use: for a reference to a unit of this
 * document, the unit's words (from its unit facts); for a citation, the cited document's facts
 * and how often the library cites it (`routes.citedPreviews`). Offline before either was ever
 * fetched, it says so and keeps the link.
 */
import type { CitedPreview } from '../../lib/citations/previews.ts';
import { unitParagraphs, type FactParagraph } from '../../lib/model/unit-facts.ts';
import { routes } from '../../lib/routes.ts';
import { href } from '../../utils/url.ts';
import { unitFacts } from '../unit-facts.ts';

/** Enough of a long unit to know it; the rest is one tap away. */
const MAX_PARAGRAPHS = 6;

let cited: Promise<CitedPreview[]> | undefined;
const citedPreviews = () =>
  (cited ??= fetch(href(routes.citedPreviews())).then(async (r) => {
    if (!r.ok) throw new Error(`HTTP ${r.status}`);
    return ((await r.json()) as { cited: CitedPreview[] }).cited;
  })).catch((e: unknown) => {
    cited = undefined;
    throw e;
  });

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function paragraph(runs: FactParagraph): HTMLParagraphElement {
  const p = el('p', 'ref-preview__text');
  for (const [text, marks = ''] of runs) {
    let node: Node = document.createTextNode(text);
    if (marks.includes('i')) node = wrap('em', node);
    if (marks.includes('b')) node = wrap('strong', node);
    p.append(node);
  }
  return p;
}

function wrap(tag: 'em' | 'strong', node: Node): HTMLElement {
  const e = document.createElement(tag);
  e.append(node);
  return e;
}

/** Another preview was opened while this one's data loaded. */
class Superseded extends Error {}

let current: () => boolean = () => true;

function frame(panel: HTMLElement, title: string, go: { href: string; text: string }): HTMLElement {
  if (!current()) throw new Superseded();
  const head = el('div', 'ref-preview__head');
  head.append(el('p', 'ref-preview__title', title));
  const close = el('button', 'ref-preview__close', 'Đóng');
  close.type = 'button';
  close.popoverTargetElement = panel;
  close.popoverTargetAction = 'hide';
  head.append(close);
  const body = el('div', 'ref-preview__body');
  const link = el('a', 'ref-preview__go', go.text);
  link.href = go.href;
  panel.setAttribute('aria-label', `Xem trước: ${title}`);
  panel.replaceChildren(head, body, link);
  return body;
}

async function unitPreview(panel: HTMLElement, link: HTMLAnchorElement, slug: string): Promise<void> {
  const id = decodeURIComponent(link.hash.slice(1));
  const doc = await unitFacts(slug);
  const index = doc?.units.findIndex((u) => u.id === id) ?? -1;
  if (!doc || index < 0) throw new Error(`${id}: không có trong dữ liệu văn bản`);
  const label = doc.units[index]!.label;
  const body = frame(panel, label, { href: link.href, text: `Đến ${label} trong văn bản` });
  const paragraphs = unitParagraphs(doc, index).filter((p) => p.some((r) => r[0].trim()));
  body.append(...paragraphs.slice(0, MAX_PARAGRAPHS).map(paragraph));
  if (paragraphs.length > MAX_PARAGRAPHS) body.append(el('p', 'ref-preview__more', `… còn ${paragraphs.length - MAX_PARAGRAPHS} đoạn nữa`));
}

async function citedPreview(panel: HTMLElement, link: HTMLAnchorElement, slug: string): Promise<void> {
  const entry = (await citedPreviews()).find((c) => c.page === link.pathname);
  if (!entry) throw new Error(`${link.pathname}: không có trong danh mục`);
  const body = frame(panel, entry.name, { href: link.href, text: 'Mở trang văn bản được dẫn chiếu' });
  const facts = el('dl', 'ref-preview__facts');
  for (const f of entry.facts) facts.append(el('dt', '', f.term), el('dd', '', f.value));
  const here = entry.byDocument.find((d) => d.slug === slug)?.count ?? 0;
  body.append(
    facts,
    el('p', 'ref-preview__count', `Được dẫn chiếu ${entry.count} lần trong ${entry.byDocument.length} văn bản của thư viện; văn bản này dẫn chiếu ${here} lần.`),
  );
}

/** `isCurrent`: whether the preview is still the one asked for when its data arrives. */
export async function fill(panel: HTMLElement, link: HTMLAnchorElement, slug: string, isCurrent: () => boolean): Promise<void> {
  current = isCurrent;
  try {
    await (link.classList.contains('cite') ? citedPreview(panel, link, slug) : unitPreview(panel, link, slug));
  } catch (e) {
    if (e instanceof Superseded) return;
    const body = frame(panel, link.textContent ?? '', { href: link.href, text: 'Mở liên kết' });
    body.append(el('p', 'ref-preview__text', 'Chưa xem trước được (mất mạng trước khi trang tải xong dữ liệu).'));
  }
}
