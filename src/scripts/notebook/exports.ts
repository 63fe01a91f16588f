/**
 * The exports of a collection, loaded when the reader asks for one: the print view (then the
 * browser's own "Lưu thành PDF"), the Word file and the PowerPoint deck. Each library is its
 * own chunk, fetched on the first export and kept by the service worker for offline use.
 */
import { exportFileName, handout, type Handout, type HandoutInput } from '../../lib/exports/handout.ts';
import { h, paragraphs, download } from './dom.ts';
import { loadTinos, tinosMeasure } from './tinos.ts';

async function printView(doc: Handout): Promise<void> {
  const [{ qrSvg }] = await Promise.all([import('../../lib/exports/qr.ts'), loadTinos()]);
  // A child of the body, so that printing can hide everything else around it.
  const view = document.querySelector<HTMLElement>('.handout')!;
  document.body.append(view);
  const units = await Promise.all(
    doc.units.map(async (u) => {
      const svg = await qrSvg(u.permalink);
      return h(
        'section',
        { class: 'handout-unit' },
        h('img', { class: 'handout-qr', src: `data:image/svg+xml;base64,${btoa(svg)}`, alt: `Mã QR mở ${u.permalink}`, width: '96', height: '96' }),
        h('h2', {}, u.label, h('span', { class: 'handout-doc' }, ` · ${u.documentTitle}`)),
        u.notice ? h('p', { class: 'handout-notice' }, u.notice) : null,
        paragraphs(u.paragraphs, 'handout-text'),
        h('p', { class: 'handout-citation' }, u.citation),
        h('p', { class: 'handout-permalink' }, u.permalink),
        u.note ? h('aside', { class: 'handout-note' }, h('strong', {}, 'Ghi chú của giảng viên: '), u.note) : null,
      );
    }),
  );
  view.replaceChildren(h('header', { class: 'handout-head' }, h('h1', {}, doc.title), h('p', {}, doc.subtitle)), ...units);
  // Images are data URLs: decoded before the page is printed.
  await Promise.all([...view.querySelectorAll('img')].map((img) => img.decode().catch(() => undefined)));
  document.documentElement.classList.add('printing-handout');
  window.addEventListener('afterprint', () => document.documentElement.classList.remove('printing-handout'), { once: true });
  window.print();
}

/** Builds one export of a collection; returns what to tell the reader. */
export async function exportCollection(format: string, input: HandoutInput): Promise<string> {
  const doc = handout(input);
  if (format === 'print') {
    await printView(doc);
    return `Bản in của “${doc.title}” đã mở: chọn máy in, hoặc “Lưu thành PDF”.`;
  }
  if (format === 'docx') {
    const [{ buildDocx }, { qrPng }] = await Promise.all([import('../../lib/exports/docx.ts'), import('../../lib/exports/qr.ts')]);
    const name = exportFileName(doc.title, 'docx');
    download(await buildDocx({ handout: doc, qr: (url) => qrPng(url) }), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', name);
    return `Đã tạo “${name}” (${doc.units.length} mục).`;
  }
  if (format === 'pptx') {
    const [{ buildDeck }, { qrPngDataUrl }, measure] = await Promise.all([import('../../lib/exports/pptx.ts'), import('../../lib/exports/qr.ts'), tinosMeasure()]);
    const name = exportFileName(doc.title, 'pptx');
    download(await buildDeck({ handout: doc, measure, qr: (url) => qrPngDataUrl(url) }), 'application/vnd.openxmlformats-officedocument.presentationml.presentation', name);
    return `Đã tạo “${name}” (${doc.units.length} mục).`;
  }
  throw new Error(`không biết dạng “${format}”`);
}
