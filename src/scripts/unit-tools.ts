/**
 * Permalink, "Trích dẫn" and "Tải thẻ trích dẫn" for every unit of a document page, and
 * "Chia sẻ" (a share page link previews can see) for its articles. They are added here,
 * not in the HTML, because they only work with JavaScript; without it the ids and the table
 * of contents still give every permalink.
 */
import { labelFromEId } from '../lib/model/eid.ts';
import { citationFormats, type CitationFormats } from '../lib/model/pinpoint.ts';
import { routes } from '../lib/routes.ts';
import { href } from '../utils/url.ts';

const article = document.querySelector<HTMLElement>('article.document');
const documentCitationText = article?.dataset.citation ?? '';
const slug = article?.dataset.slug ?? '';
const shared = new Set(article?.dataset.shared?.split(' '));
const status = document.createElement('p');
status.className = 'visually-hidden tools-status';
status.setAttribute('role', 'status');
document.body.append(status);

/** The unit's own words: no buttons, no editorial notes. */
function quotedText(unit: HTMLElement): string {
  const copy = unit.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('[data-ed]').forEach((el) => el.remove());
  return copy.textContent ?? '';
}

function permalink(id: string): string {
  const url = new URL(window.location.href);
  url.hash = id;
  return url.toString();
}

function formats(unit: HTMLElement): CitationFormats {
  return citationFormats(documentCitationText, labelFromEId(unit.id), permalink(unit.id), quotedText(unit));
}

async function copy(text: string): Promise<void> {
  if (navigator.clipboard && window.isSecureContext) {
    await navigator.clipboard.writeText(text);
    return;
  }
  // Intranet sites served over plain http have no Clipboard API.
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('copy failed');
}

async function copyAndSay(text: string, what: string, button: HTMLButtonElement): Promise<void> {
  try {
    await copy(text);
    status.textContent = `Đã chép ${what}.`;
    button.dataset.state = 'done';
  } catch {
    status.textContent = 'Không chép được; hãy chọn và chép văn bản bằng tay.';
    button.dataset.state = 'failed';
  }
  setTimeout(() => delete button.dataset.state, 2000);
}

function button(text: string, action: string, label: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = `unit-tool unit-tool--${action}`;
  b.dataset.action = action;
  b.textContent = text;
  b.setAttribute('aria-label', label);
  return b;
}

function toolLink(text: string, action: string, href: string, label: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.className = `unit-tool unit-tool--${action}`;
  a.href = href;
  a.textContent = text;
  a.setAttribute('aria-label', label);
  return a;
}

function addTools(unit: HTMLElement): void {
  const label = labelFromEId(unit.id);
  const tools = document.createElement('span');
  tools.className = 'unit-tools';
  tools.dataset.ed = '';
  tools.dataset.pagefindIgnore = '';
  const link = toolLink('#', 'link', `#${unit.id}`, `Liên kết cố định tới ${label}`);
  const more = document.createElement('span');
  more.className = 'unit-tools-more';
  more.hidden = true;
  more.append(
    button('Văn bản', 'plain', `Chép ${label} kèm trích dẫn, dạng văn bản`),
    button('Markdown', 'markdown', `Chép ${label} kèm trích dẫn, dạng Markdown`),
  );
  const cite = button('Trích dẫn', 'cite', `Trích dẫn ${label}`);
  cite.setAttribute('aria-expanded', 'false');
  const card = toolLink('Tải thẻ trích dẫn', 'card', href(routes.card(slug, unit.id)), `Tải thẻ trích dẫn ${label} (ảnh PNG)`);
  card.download = `${slug}_${unit.id}.png`;
  tools.append(link, cite, more, card);
  if (shared.has(unit.id)) tools.append(toolLink('Chia sẻ', 'share', href(routes.sharePage(slug, unit.id)), `Chia sẻ ${label}: trang có ảnh xem trước`));
  unit.prepend(tools);
}

const units = document.querySelectorAll<HTMLElement>('.doc-text .unit[id]');
units.forEach(addTools);

document.addEventListener('click', (event) => {
  const target = event.target as HTMLElement;
  const action = target.closest<HTMLButtonElement>('button.unit-tool');
  if (action) {
    const unit = action.closest<HTMLElement>('.unit[id]')!;
    const f = formats(unit);
    const label = labelFromEId(unit.id);
    if (action.dataset.action === 'cite') {
      void copyAndSay(f.citation, `trích dẫn ${label}`, action);
      action.setAttribute('aria-expanded', 'true');
      (action.nextElementSibling as HTMLElement).hidden = false;
    }
    if (action.dataset.action === 'plain') void copyAndSay(f.plain, `${label} dạng văn bản`, action);
    if (action.dataset.action === 'markdown') void copyAndSay(f.markdown, `${label} dạng Markdown`, action);
    return;
  }
  // On a phone there is no hover: a tap on a unit shows its tools.
  if (target.closest('a, button')) return;
  const unit = target.closest<HTMLElement>('.doc-text .unit[id]');
  document.querySelectorAll('.unit.is-active').forEach((u) => u !== unit && u.classList.remove('is-active'));
  unit?.classList.add('is-active');
});
