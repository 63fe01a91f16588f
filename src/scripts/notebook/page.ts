/**
 * "Sổ tay của tôi" (/so-tay-cua-toi/): the collections kept in this browser, each saved unit
 * with its official words, its citation, a link back and the reader's note; reordering by drag
 * and by "Lên"/"Xuống", removing and deleting with "Hoàn tác", backup files, and the exports,
 * whose libraries load only when asked for (exports.ts).
 */
import type { DateStyle } from '../../lib/model/pinpoint.ts';
import type { DocumentUnitFacts } from '../../lib/model/unit-facts.ts';
import {
  createCollection,
  currentCollection,
  deleteCollection,
  moveUnit,
  removeUnit,
  renameCollection,
  restoreCollection,
  restoreUnit,
  setCurrent,
  setNote,
  type Collection,
  type Notebook,
  type SavedUnit,
} from '../../lib/notebook/notebook.ts';
import { statusNotice, unitStatus } from '../../lib/notebook/status.ts';
import { routes } from '../../lib/routes.ts';
import { href } from '../../utils/url.ts';
import { unitFacts } from '../unit-facts.ts';
import { h, paragraphs } from './dom.ts';
import { newId, onChange, readNotebook, remember, update } from './store.ts';

const root = document.querySelector<HTMLElement>('.notebook')!;
const view = root.querySelector<HTMLElement>('.notebook-view')!;
const status = root.querySelector<HTMLElement>('.notebook-status')!;
const undoBox = root.querySelector<HTMLElement>('.notebook-undo')!;

let notebook: Notebook;
/** Each document's facts: null when the site no longer has it; absent when they could not be read. */
const facts = new Map<string, DocumentUnitFacts | null>();

const say = (message: string): void => void (status.textContent = message);

let undoTimer: ReturnType<typeof setTimeout> | undefined;
function offerUndo(message: string, undo: () => Promise<void>): void {
  clearTimeout(undoTimer);
  undoBox.replaceChildren(
    h('span', {}, message, ' '),
    Object.assign(h('button', { type: 'button', class: 'notebook-button' }, 'Hoàn tác'), {
      onclick: async () => {
        undoBox.replaceChildren();
        await undo();
      },
    }),
  );
  say(message);
  undoTimer = setTimeout(() => undoBox.replaceChildren(), 20_000);
}

async function change<T extends { notebook: Notebook }>(op: (nb: Notebook) => T, focus?: string): Promise<T> {
  const result = await update(op);
  notebook = result.notebook;
  await render(focus);
  return result;
}
const simple = (op: (nb: Notebook) => Notebook) => (nb: Notebook) => ({ notebook: op(nb) });

async function loadFacts(collection: Collection | undefined): Promise<void> {
  const slugs = [...new Set(collection?.units.map((u) => u.slug) ?? [])].filter((s) => !facts.has(s));
  await Promise.all(
    slugs.map((s) =>
      unitFacts(s).then(
        (f) => void facts.set(s, f),
        () => undefined,
      ),
    ),
  );
}

function permalink(slug: string, eId: string): string {
  return new URL(href(routes.unit(slug, eId)), window.location.origin).href;
}

function dateStyle(): DateStyle {
  return root.querySelector<HTMLInputElement>('input[name="date-style"]:checked')?.value === 'formal' ? 'formal' : 'written';
}

function unitItem(collection: Collection, unit: SavedUnit, index: number): HTMLElement {
  const s = unitStatus(unit, facts.has(unit.slug) ? facts.get(unit.slug) : undefined);
  const notice = statusNotice(unit, s);
  const words =
    s.kind === 'changed'
      ? h(
          'div',
          { class: 'notebook-versions' },
          h('h4', {}, 'Chữ hiện hành'),
          paragraphs(s.current, 'notebook-text'),
          h('h4', {}, `Chữ đã lưu ngày ${unit.savedAt.slice(0, 10).split('-').reverse().join('/')}`),
          paragraphs(unit.paragraphs, 'notebook-text notebook-text--old'),
        )
      : paragraphs(s.kind === 'same' ? s.current : unit.paragraphs, 'notebook-text');
  const noteId = `ghi-chu-${index}`;
  const note = h('textarea', { id: noteId, class: 'notebook-note', rows: '3' });
  note.value = unit.note;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const saveNote = async () => {
    clearTimeout(timer);
    if (note.value === unit.note) return;
    notebook = (await update(simple((nb) => setNote(nb, collection.id, unit.key, note.value)))).notebook;
    unit = notebook.collections.find((c) => c.id === collection.id)!.units.find((u) => u.key === unit.key)!;
    say(`Đã lưu ghi chú cho ${unit.label}.`);
  };
  note.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(saveNote, 600);
  });
  note.addEventListener('change', saveNote);
  const move = (to: number, which: string) => () =>
    change(simple((nb) => moveUnit(nb, collection.id, unit.key, to)), `${unit.key}|${which}`).then(() => say(`Đã chuyển ${unit.label} tới vị trí ${Math.min(Math.max(to, 0), collection.units.length - 1) + 1}.`));
  const button = (label: string, action: string, onclick: () => void, disabled = false, name?: string) =>
    Object.assign(h('button', { type: 'button', class: 'notebook-button', 'data-action': action, disabled, 'aria-label': name }, label), { onclick });
  const item = h(
    'li',
    { class: `notebook-unit notebook-unit--${s.kind}`, 'data-key': unit.key, draggable: 'true' },
    h('h3', {}, h('a', { href: href(routes.unit(unit.slug, unit.eId)) }, unit.label), h('span', { class: 'notebook-doc' }, ` · ${unit.documentTitle}`)),
    notice ? h('p', { class: 'notebook-notice' }, notice) : null,
    words,
    h('p', { class: 'notebook-citation' }, unit.citation[dateStyle()]),
    h('p', { class: 'notebook-permalink' }, h('a', { href: href(routes.unit(unit.slug, unit.eId)) }, 'Xem trong văn bản')),
    h('label', { for: noteId, class: 'notebook-note-label' }, 'Ghi chú của bạn (in kèm, tách riêng khỏi văn bản)'),
    note,
    h(
      'div',
      { class: 'notebook-unit-tools' },
      button('Lên', 'up', move(index - 1, 'up'), index === 0, `Lên: ${unit.label}`),
      button('Xuống', 'down', move(index + 1, 'down'), index === collection.units.length - 1, `Xuống: ${unit.label}`),
      button('Bỏ khỏi sổ tay', 'remove', async () => {
        const { removed } = await change((nb) => removeUnit(nb, collection.id, unit.key));
        offerUndo(`Đã bỏ ${unit.label} khỏi “${collection.title}”.`, () => change(simple((nb) => restoreUnit(nb, removed))).then(() => say(`Đã đưa ${unit.label} trở lại.`)));
      }, false, `Bỏ khỏi sổ tay: ${unit.label}`),
    ),
  );
  item.addEventListener('dragstart', (e) => {
    e.dataTransfer?.setData('text/plain', unit.key);
    item.classList.add('is-dragged');
  });
  item.addEventListener('dragend', () => item.classList.remove('is-dragged'));
  item.addEventListener('dragover', (e) => e.preventDefault());
  item.addEventListener('drop', (e) => {
    e.preventDefault();
    const key = e.dataTransfer?.getData('text/plain');
    if (key && key !== unit.key) void change(simple((nb) => moveUnit(nb, collection.id, key, index))).then(() => say('Đã đổi thứ tự.'));
  });
  return item;
}

function collectionsNav(): HTMLElement {
  const current = currentCollection(notebook);
  return h(
    'nav',
    { class: 'notebook-collections', 'aria-label': 'Bộ sưu tập' },
    h(
      'ul',
      {},
      ...notebook.collections.map((c) =>
        h(
          'li',
          {},
          Object.assign(h('button', { type: 'button', class: 'notebook-button', 'aria-pressed': String(c.id === current?.id) }, `${c.title} (${c.units.length})`), {
            onclick: () => change(simple((nb) => setCurrent(nb, c.id))).then(() => say(`“${c.title}” là bộ sưu tập đang dùng: “Lưu vào sổ tay” sẽ lưu vào đây.`)),
          }),
        ),
      ),
      h(
        'li',
        {},
        Object.assign(h('button', { type: 'button', class: 'notebook-button', 'data-action': 'new' }, 'Tạo bộ sưu tập mới'), {
          onclick: () => change((nb) => ({ notebook: createCollection(nb, newId(), new Date().toISOString()) }), 'title').then(() => say(`Đã tạo “${currentCollection(notebook)!.title}”.`)),
        }),
      ),
    ),
  );
}

function collectionHeader(c: Collection): HTMLElement {
  const form = h('form', { class: 'notebook-rename', hidden: true });
  const input = h('input', { type: 'text', id: 'ten-bo-suu-tap', maxlength: '200', required: true });
  form.append(h('label', { for: 'ten-bo-suu-tap' }, 'Tên mới'), input, h('button', { type: 'submit', class: 'notebook-button' }, 'Lưu tên'));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      await change(simple((nb) => renameCollection(nb, c.id, input.value)), 'title');
      say(`Đã đổi tên thành “${currentCollection(notebook)!.title}”.`);
    } catch (err) {
      say(err instanceof Error ? err.message : String(err));
    }
  });
  const rename = Object.assign(h('button', { type: 'button', class: 'notebook-button', 'data-action': 'rename' }, 'Đổi tên'), {
    onclick: () => {
      form.hidden = false;
      input.value = c.title;
      input.focus();
      input.select();
    },
  });
  const remove = Object.assign(h('button', { type: 'button', class: 'notebook-button', 'data-action': 'delete' }, 'Xóa bộ sưu tập'), {
    onclick: async () => {
      const { removed } = await change((nb) => deleteCollection(nb, c.id));
      offerUndo(`Đã xóa “${c.title}” (${c.units.length} mục).`, () => change(simple((nb) => restoreCollection(nb, removed))).then(() => say(`Đã khôi phục “${c.title}”.`)));
    },
  });
  const exportButton = (label: string, format: string) =>
    Object.assign(h('button', { type: 'button', class: 'notebook-button', 'data-export': format, disabled: c.units.length === 0 }, label), {
      onclick: () => exportAs(format, c),
    });
  return h(
    'div',
    { class: 'notebook-head' },
    h('h2', { id: 'bo-suu-tap', tabindex: '-1' }, c.title),
    h('div', { class: 'notebook-actions' }, rename, remove),
    form,
    h(
      'div',
      { class: 'notebook-exports', role: 'group', 'aria-label': 'Mang đi' },
      exportButton('In / Lưu PDF', 'print'),
      exportButton('Tải Word (.docx)', 'docx'),
      exportButton('Tải PowerPoint (.pptx)', 'pptx'),
    ),
  );
}

async function exportAs(format: string, c: Collection): Promise<void> {
  say(format === 'print' ? 'Đang chuẩn bị bản in…' : 'Đang tạo tệp…');
  try {
    await loadFacts(c);
    const { exportCollection } = await import('./exports.ts');
    const message = await exportCollection(format, { collection: c, facts, permalink, dateStyle: dateStyle(), today: new Date() });
    say(message);
  } catch (e) {
    say(`Chưa tạo được tệp: ${e instanceof Error ? e.message : String(e)}. Sổ tay không thay đổi.`);
  }
}

async function render(focus?: string): Promise<void> {
  const c = currentCollection(notebook);
  await loadFacts(c);
  const parts: HTMLElement[] = [collectionsNav()];
  if (!c) {
    parts.push(
      h(
        'p',
        { class: 'notebook-empty' },
        'Sổ tay chưa có gì. Mở một ',
        h('a', { href: href() }, 'văn bản'),
        ', chọn một điều, khoản, điểm rồi bấm “Lưu vào sổ tay”: nó vào “Bài giảng 1”.',
      ),
    );
  } else {
    parts.push(collectionHeader(c));
    parts.push(
      c.units.length
        ? h('ol', { class: 'notebook-units' }, ...c.units.map((u, i) => unitItem(c, u, i)))
        : h('p', { class: 'notebook-empty' }, 'Bộ sưu tập này chưa có mục nào. Bấm “Lưu vào sổ tay” ở một điều, khoản trong ', h('a', { href: href() }, 'văn bản'), '.'),
    );
  }
  view.replaceChildren(...parts);
  if (focus === 'title') view.querySelector<HTMLElement>('#bo-suu-tap')?.focus();
  else if (focus) {
    const [key, action] = focus.split('|');
    const item = [...view.querySelectorAll<HTMLElement>('.notebook-unit')].find((li) => li.dataset.key === key);
    const target = item?.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`);
    (target && !target.disabled ? target : item?.querySelector<HTMLButtonElement>('button[data-action="up"]:not([disabled]), button[data-action="down"]:not([disabled])'))?.focus();
  }
}

function wireFiles(): void {
  root.querySelector<HTMLButtonElement>('[data-action="backup"]')!.addEventListener('click', async () => {
    const { saveBackup } = await import('./files.ts');
    say(saveBackup(notebook));
  });
  const input = root.querySelector<HTMLInputElement>('#nhap-tep')!;
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const { importFile } = await import('./files.ts');
    const result = await importFile(file);
    if (result.notebook) {
      notebook = result.notebook;
      await render();
    }
    say(result.message);
    root.querySelector<HTMLElement>('.notebook-file-result')!.textContent = result.message;
  });
  root.querySelectorAll<HTMLInputElement>('input[name="date-style"]').forEach((r) => r.addEventListener('change', () => void render()));
}

void (async () => {
  notebook = await readNotebook();
  remember(notebook);
  wireFiles();
  await render();
  root.dataset.ready = '';
  onChange(async () => {
    notebook = await readNotebook();
    await render();
  });
})();
