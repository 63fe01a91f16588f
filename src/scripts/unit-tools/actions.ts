/**
 * What the unit tools do, loaded the first time a reader reaches for them: the document's unit
 * facts (labels, words, hashes; ../unit-facts.ts), "Trích dẫn" with a preview of what it copied
 * and its other forms, and "Lưu vào sổ tay". Messages go to one live region, and are shown in a
 * panel placed in the text's flow after the unit's own words, so they never cover them.
 */
import { citationForms } from '../../lib/model/pinpoint.ts';
import { factCitation, paragraphsText, unitParagraphs, type DocumentUnitFacts, type UnitFact } from '../../lib/model/unit-facts.ts';
import type { DateStyle } from '../../lib/model/pinpoint.ts';
import { routes } from '../../lib/routes.ts';
import { href } from '../../utils/url.ts';
import { unitFacts } from '../unit-facts.ts';

async function factOf(slug: string, unit: HTMLElement): Promise<{ doc: DocumentUnitFacts; fact: UnitFact; index: number }> {
  const doc = await unitFacts(slug);
  if (!doc) throw new Error(`${slug}: không có văn bản này`);
  const index = doc.units.findIndex((u) => u.id === unit.id);
  if (index < 0) throw new Error(`${unit.id}: không có trong dữ liệu văn bản`);
  return { doc, fact: doc.units[index]!, index };
}

const status = document.createElement('p');
status.className = 'visually-hidden tools-status';
status.setAttribute('role', 'status');
document.body.append(status);

let panel: HTMLElement | undefined;
let panelUnit: HTMLElement | undefined;

/** Names the toolbar's buttons after the unit, once its facts are known. */
export async function describe(unit: HTMLElement, tools: HTMLElement, slug: string): Promise<void> {
  let fact: UnitFact;
  try {
    ({ fact } = await factOf(slug, unit));
  } catch {
    return; // Offline before the facts were ever fetched: the buttons keep their short names.
  }
  if (!unit.classList.contains('is-active')) return;
  const label = fact.label;
  const saved = unit.classList.contains('is-saved');
  const set = (action: string, name: string) => tools.querySelector(`[data-action="${action}"]`)?.setAttribute('aria-label', name);
  tools.querySelector('[role="toolbar"]')!.setAttribute('aria-label', `Công cụ: ${label}`);
  set('save', `Lưu vào sổ tay: ${label}${saved ? ', đã lưu' : ''}`);
  set('cite', `Trích dẫn: ${label}`);
  set('link', `Liên kết cố định: ${label}`);
  set('card', fact.cards ? `Tải thẻ trích dẫn: ${label}, thẻ 1 trong ${fact.cards} (ảnh PNG)` : `Tải thẻ trích dẫn: ${label} (ảnh PNG)`);
  set('share', `Chia sẻ: ${label}, trang có ảnh xem trước`);
  tools.querySelector<HTMLElement>('[data-action="share"]')!.hidden = !fact.share;
  tools.querySelector<HTMLElement>('[data-action="card"]')!.hidden = fact.cards === 0;
  tools.querySelector('[data-action="save"]')!.classList.toggle('is-saved', saved);
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
  area.className = 'visually-hidden';
  document.body.append(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('copy failed');
}

function button(action: string, label: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'unit-tool';
  b.dataset.action = action;
  b.textContent = label;
  return b;
}

function buildPanel(tools: HTMLElement, slug: string): HTMLElement {
  const p = document.createElement('div');
  p.className = 'unit-panel';
  p.dataset.ed = '';
  p.dataset.pagefindIgnore = '';
  p.innerHTML = '<p class="unit-panel-message"></p><p class="unit-panel-preview"></p><div class="unit-panel-choices" role="group" aria-label="Chép dạng khác"></div>';
  p.querySelector('.unit-panel-choices')!.append(
    button('cite-written', 'Ngày ghi như văn bản'),
    button('cite-formal', 'Ngày ghi đầy đủ'),
    button('cite-text', 'Chép kèm nguyên văn'),
    button('close', 'Đóng'),
  );
  p.addEventListener('click', (event) => {
    const b = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
    if (b && panelUnit) void act(b.dataset.action!, panelUnit, tools, slug);
  });
  p.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') closePanel(tools, true);
  });
  return p;
}

function closePanel(tools: HTMLElement, focus = false): void {
  if (!panel) return;
  panel.hidden = true;
  delete tools.dataset.open;
  tools.querySelector('[data-action="cite"]')!.setAttribute('aria-expanded', 'false');
  if (focus) tools.querySelector<HTMLElement>('[data-action="cite"]')?.focus();
}

/** Shows the panel after the toolbar (or, beside the text, after the unit's own words) with a message. */
function openPanel(unit: HTMLElement, tools: HTMLElement, slug: string, message: string, preview: string | null, choices: boolean): HTMLElement {
  panel ??= buildPanel(tools, slug);
  panelUnit = unit;
  if (tools.classList.contains('unit-tools--beside')) unit.insertBefore(panel, tools.nextSibling);
  else tools.after(panel);
  panel.querySelector('.unit-panel-message')!.textContent = message;
  const p = panel.querySelector<HTMLElement>('.unit-panel-preview')!;
  p.textContent = preview ?? '';
  p.hidden = preview === null;
  const group = panel.querySelector<HTMLElement>('.unit-panel-choices')!;
  group.querySelectorAll<HTMLElement>('[data-action^="cite-"]').forEach((b) => (b.hidden = !choices));
  panel.hidden = false;
  tools.dataset.open = 'true';
  return panel;
}

/** What the reader checks: the start of a long quotation, then everything after it. */
function shortPreview(text: string): string {
  const [first, ...rest] = text.split('\n');
  return first!.length > 160 ? [`${first!.slice(0, 150).replace(/\s+\S*$/, '')} …”`, ...rest].join('\n') : text;
}

let style: DateStyle = 'written';

async function cite(unit: HTMLElement, tools: HTMLElement, slug: string, form: 'citation' | 'withText'): Promise<void> {
  const { doc, fact, index } = await factOf(slug, unit);
  const url = new URL(href(routes.unit(slug, unit.id)), window.location.origin).href;
  const forms = citationForms(factCitation(doc, fact, style), url, paragraphsText(unitParagraphs(doc, index)));
  const text = forms[form];
  const what = form === 'citation' ? `trích dẫn ${fact.label}` : `${fact.label} kèm trích dẫn`;
  const p = openPanel(unit, tools, slug, '', shortPreview(text), true);
  p.querySelectorAll<HTMLElement>('[data-action^="cite-"]').forEach((b) =>
    b.setAttribute('aria-pressed', String(b.dataset.action === `cite-${style}` || (b.dataset.action === 'cite-text' && form === 'withText'))),
  );
  tools.querySelector('[data-action="cite"]')!.setAttribute('aria-expanded', 'true');
  try {
    await copy(text);
    status.textContent = `Đã chép ${what}.`;
    p.querySelector('.unit-panel-message')!.textContent = 'Đã chép:';
  } catch {
    status.textContent = 'Không chép được; hãy chọn và chép văn bản dưới đây bằng tay.';
    p.querySelector('.unit-panel-message')!.textContent = 'Không chép được; hãy chọn và chép bằng tay:';
    p.querySelector('.unit-panel-preview')!.textContent = text;
  }
}

/** A unit on several cards: the first is downloading; the panel offers the others. */
async function moreCards(unit: HTMLElement, tools: HTMLElement, slug: string): Promise<void> {
  const { fact } = await factOf(slug, unit);
  panel?.querySelector('.unit-panel-cards')?.remove();
  if (!fact.cards) return;
  const message = `${fact.label} dài, cần ${fact.cards} thẻ. Đang tải thẻ 1; các thẻ tiếp theo:`;
  status.textContent = message;
  const p = openPanel(unit, tools, slug, message, null, false);
  const list = document.createElement('ul');
  list.className = 'unit-panel-cards';
  for (let i = 2; i <= fact.cards; i++) {
    const a = document.createElement('a');
    a.href = href(routes.card(slug, unit.id, i));
    a.download = `${slug}_${unit.id}_${i}.png`;
    a.textContent = `Thẻ ${i}/${fact.cards}`;
    const item = document.createElement('li');
    item.append(a);
    list.append(item);
  }
  p.querySelector('.unit-panel-message')!.after(list);
}

async function save(unit: HTMLElement, tools: HTMLElement, slug: string): Promise<void> {
  const { doc, fact, index } = await factOf(slug, unit);
  const [{ update, newId }, { saveUnit }] = await Promise.all([import('../notebook/store.ts'), import('../../lib/notebook/notebook.ts')]);
  const result = await update((nb) =>
    saveUnit(
      nb,
      {
        slug,
        eId: unit.id,
        documentTitle: doc.title,
        label: fact.label,
        citation: { written: factCitation(doc, fact, 'written'), formal: factCitation(doc, fact, 'formal') },
        paragraphs: unitParagraphs(doc, index),
        hash: fact.hash,
        savedAt: new Date().toISOString(),
      },
      newId(),
    ),
  );
  unit.classList.add('is-saved');
  const where = `“${result.collection.title}”`;
  const message = result.added ? `Đã lưu ${fact.label} vào ${where}.` : `${fact.label} đã có trong ${where}.`;
  status.textContent = message;
  const p = openPanel(unit, tools, slug, message, null, false);
  let link = p.querySelector<HTMLAnchorElement>('.unit-panel-notebook');
  if (!link) {
    link = document.createElement('a');
    link.className = 'unit-panel-notebook';
    link.href = href(routes.notebook());
    link.textContent = 'Mở sổ tay';
    p.querySelector('.unit-panel-message')!.after(link);
  }
  link.hidden = false;
  await describe(unit, tools, slug);
}

/** Runs one of the tools' actions on a unit. */
export async function act(action: string, unit: HTMLElement, tools: HTMLElement, slug: string): Promise<void> {
  panel?.querySelector<HTMLElement>('.unit-panel-notebook')?.setAttribute('hidden', '');
  panel?.querySelector('.unit-panel-cards')?.remove();
  try {
    if (action === 'save') await save(unit, tools, slug);
    else if (action === 'cite') await cite(unit, tools, slug, 'citation');
    else if (action === 'cite-written' || action === 'cite-formal') {
      style = action === 'cite-written' ? 'written' : 'formal';
      await cite(unit, tools, slug, 'citation');
    } else if (action === 'cite-text') await cite(unit, tools, slug, 'withText');
    else if (action === 'card') await moreCards(unit, tools, slug);
    else if (action === 'close') closePanel(tools, true);
  } catch {
    status.textContent = 'Chưa làm được: không đọc được dữ liệu của văn bản (mất mạng trước khi trang tải xong?). Hãy thử lại.';
    openPanel(unit, tools, slug, status.textContent, null, false);
  }
}
