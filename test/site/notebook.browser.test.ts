/**
 * "Sổ tay của tôi" in headless Chromium: a trainer saves units from two documents, adds a note,
 * reorders by keyboard, reloads, goes offline and exports; every file is read back (Word with
 * mammoth, slides with jszip, the PDF with pdftotext) and every QR code decoded (jsqr).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { paragraphsText, unitParagraphs, type DocumentUnitFacts } from '../../src/lib/model/unit-facts.ts';
import { useBrowser } from '../support/browser.ts';
import { docxText, pdfPages, pdfWords, pptxSlides, readQr, words, zipImages } from '../support/exports.ts';
import { DIST } from '../support/paths.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const NOTEBOOK = `${baseUrl}so-tay-cua-toi/`;
const REGULATION = 'quy-dinh-neu-guong-dien-bien';
const DIRECTIVE = 'chi-thi-ky-luat-hanh-chinh-lao-cai';
/** Saved in this order; the long Điều 3 needs several slides. */
const SAVED: Array<[string, string, string]> = [
  [REGULATION, 'dieu-2__khoan-4', 'Khoản 4 Điều 2'],
  [REGULATION, 'dieu-3', 'Điều 3'],
  [DIRECTIVE, 'diem-1__doan-1', 'Đoạn 1 điểm 1'],
];
const NOTE = 'Nhấn mạnh “rõ sản phẩm” <script>document.title="hỏng"</script>';

const facts = (slug: string) => JSON.parse(readFileSync(`${DIST}van-ban/${slug}/don-vi.json`, 'utf8')) as DocumentUnitFacts;
/** Every word of a saved unit and its sub-units, from the site's own data. */
function unitWords(slug: string, eId: string): string {
  const f = facts(slug);
  return paragraphsText(unitParagraphs(f, f.units.findIndex((u) => u.id === eId)));
}
const permalink = (slug: string, eId: string) => `${baseUrl}van-ban/${slug}/#${eId}`;

let context: BrowserContext;
const work = mkdtempSync(join(tmpdir(), 'so-tay-notebook-'));

beforeAll(async () => {
  context = await browser().newContext({ locale: 'vi-VN', viewport: { width: 1280, height: 900 }, acceptDownloads: true });
});
afterAll(async () => {
  await context?.close();
});

async function save(page: Page, slug: string, eId: string): Promise<void> {
  await page.goto(`${baseUrl}van-ban/${slug}/`);
  await page.locator(`[id="${eId}"]`).focus();
  await page.locator(`[id="${eId}"] > .unit-tools button[data-action="save"]`).click();
  await expect.poll(() => page.locator('.tools-status').textContent()).toMatch(/^Đã lưu .* vào “Bài giảng 1”\.$/);
}

async function openNotebook(page: Page): Promise<void> {
  await page.goto(NOTEBOOK);
  await page.locator('.notebook[data-ready]').waitFor();
}

const order = (page: Page) => page.locator('.notebook-unit h3 a').allTextContents();

async function download(page: Page, format: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), page.locator(`[data-export="${format}"]`).click()]);
  const path = join(work, file.suggestedFilename());
  await file.saveAs(path);
  return readFileSync(path);
}

describe('Sổ tay của tôi', () => {
  it('keeps units from two documents with a note, reordered by keyboard, across a reload and offline; exports each format whole', async () => {
    const page = await context.newPage();
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    for (const [slug, eId] of SAVED) await save(page, slug, eId);
    await openNotebook(page);
    expect(await order(page)).toEqual(SAVED.map((s) => s[2]));
    // Each entry: its official words, its citation and a link back.
    const first = page.locator('.notebook-unit').first();
    expect(words(await first.locator('.notebook-text').innerText())).toBe(unitWords(REGULATION, 'dieu-2__khoan-4'));
    expect(await first.locator('.notebook-citation').textContent()).toBe('Khoản 4 Điều 2 Quy định số …-QĐ/TU, ngày …/02/2026 của Ban Thường vụ Tỉnh ủy Điện Biên (dự thảo)');
    expect(await first.getByRole('link', { name: 'Xem trong văn bản' }).getAttribute('href')).toBe(`/van-ban/${REGULATION}/#dieu-2__khoan-4`);

    await first.getByLabel('Ghi chú của bạn').fill(NOTE);
    await first.getByLabel('Ghi chú của bạn').blur();
    await expect.poll(() => page.locator('.notebook-status').textContent()).toBe('Đã lưu ghi chú cho Khoản 4 Điều 2.');

    // Keyboard: "Xuống" twice moves the clause to the end, focus staying on it.
    await page.getByRole('button', { name: 'Xuống: Khoản 4 Điều 2' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => order(page)).toEqual(['Điều 3', 'Khoản 4 Điều 2', 'Đoạn 1 điểm 1']);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Xuống: Khoản 4 Điều 2');
    await page.keyboard.press('Enter');
    await expect.poll(() => order(page)).toEqual(['Điều 3', 'Đoạn 1 điểm 1', 'Khoản 4 Điều 2']);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Lên: Khoản 4 Điều 2');
    await page.keyboard.press('Enter');
    await expect.poll(() => order(page)).toEqual(['Điều 3', 'Khoản 4 Điều 2', 'Đoạn 1 điểm 1']);

    await page.reload();
    await page.locator('.notebook[data-ready]').waitFor();
    expect(await order(page)).toEqual(['Điều 3', 'Khoản 4 Điều 2', 'Đoạn 1 điểm 1']);
    expect(await page.getByLabel('Ghi chú của bạn').nth(1).inputValue()).toBe(NOTE);

    // Offline, once the service worker has cached the site (the export libraries included).
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await context.setOffline(true);
    await openNotebook(page);
    expect(await order(page)).toEqual(['Điều 3', 'Khoản 4 Điều 2', 'Đoạn 1 điểm 1']);
    const expected = [SAVED[1]!, SAVED[0]!, SAVED[2]!].map(([slug, eId, label]) => ({ slug, eId, label, text: unitWords(slug, eId), url: permalink(slug, eId) }));

    // Word: every word of each unit in order, its citation, permalink, the note; QR codes to the permalinks.
    const docx = await download(page, 'docx');
    const docText = words(await docxText(docx));
    let at = 0;
    for (const u of expected) {
      const found = docText.indexOf(u.text, at);
      expect(found, `${u.label} trong tệp Word`).toBeGreaterThan(-1);
      at = found + u.text.length;
      expect(docText).toContain(u.url);
    }
    expect(docText).toContain(`Ghi chú của giảng viên: ${NOTE}`);
    expect(docText).toContain('Khoản 4 Điều 2 Quy định số …-QĐ/TU, ngày …/02/2026 của Ban Thường vụ Tỉnh ủy Điện Biên (dự thảo)');
    expect((await zipImages(docx, 'word/media/')).map(readQr).sort()).toEqual(expected.map((u) => u.url).sort());
    expect(await (await import('jszip')).default.loadAsync(docx).then((z) => z.file('word/styles.xml')!.async('string'))).toContain('w:ascii="Times New Roman"');

    // PowerPoint: a title slide, then each unit's words across its slides, in order, nothing below 28 pt.
    const slides = await pptxSlides(await download(page, 'pptx'));
    expect(slides[0]!.shapes && Object.values(slides[0]!.shapes).flat()).toContain('Bài giảng 1');
    for (const s of slides) expect(Math.min(...s.sizes), JSON.stringify(Object.values(s.shapes).flat()[0])).toBeGreaterThanOrEqual(28);
    const unitSlides = slides.slice(1);
    for (const u of expected) {
      const mine = unitSlides.filter((s) => s.shapes['Tiêu đề']![0]!.replace(/ \(tiếp\)| · \d+\/\d+/g, '') === u.label);
      expect(mine.length, u.label).toBeGreaterThan(0);
      expect(words(mine.flatMap((s) => s.shapes['Văn bản']!).join(' ')), u.label).toBe(u.text);
      mine.forEach((s, i) => {
        expect(s.shapes['Tiêu đề']![0]!.includes('(tiếp)')).toBe(i > 0);
        expect(s.shapes['Trích dẫn']).toEqual([expect.stringMatching(new RegExp(`^${u.label} `)), u.url]);
      });
    }
    expect(unitSlides.filter((s) => s.shapes['Tiêu đề']![0]!.startsWith('Điều 3')).length).toBeGreaterThan(1);
    expect(unitSlides.find((s) => s.shapes['Tiêu đề']![0]!.startsWith('Khoản 4 Điều 2'))!.notes).toContain(NOTE);
    const deck = await download(page, 'pptx');
    const codes = (await zipImages(deck, 'ppt/media/')).map(readQr);
    expect(new Set(codes)).toEqual(new Set(expected.map((u) => u.url)));

    // Print: the handout as a PDF, A4, numbered pages, every word; the QR code beside each unit.
    await page.evaluate(() => {
      window.print = () => void ((window as unknown as { printed: boolean }).printed = true);
    });
    await page.locator('[data-export="print"]').click();
    await page.waitForFunction(() => (window as unknown as { printed?: boolean }).printed === true);
    const pdf = join(work, 'ban-in.pdf');
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true }));
    const pages = pdfPages(pdf);
    expect(pages.map((p) => p.footer)).toEqual(pages.map((_, i) => `${i + 1} / ${pages.length}`));
    const printed = pdfWords(pages.map((p) => p.text).join('\n'));
    expect(printed).toContain('BÀI GIẢNG 1');
    at = 0;
    for (const u of expected) {
      const found = printed.indexOf(pdfWords(u.text), at);
      expect(found, `${u.label} trong bản in`).toBeGreaterThan(-1);
      at = found + pdfWords(u.text).length;
    }
    // The note may break where the text has no space ("hỏng"|</script>): compared without spaces.
    expect(printed.replace(/\s/g, '')).toContain(`Ghi chú của giảng viên: ${NOTE}`.replace(/\s/g, ''));
    const qrImages = await page.locator('.handout-qr').evaluateAll((imgs) =>
      imgs.map((img) => {
        const canvas = document.createElement('canvas');
        canvas.width = canvas.height = 300;
        canvas.getContext('2d')!.drawImage(img as HTMLImageElement, 0, 0, 300, 300);
        return canvas.toDataURL('image/png');
      }),
    );
    expect(qrImages.map((d) => readQr(Buffer.from(d.split(',')[1]!, 'base64')))).toEqual(expected.map((u) => u.url));
    const pageSize = await page.evaluate(() => [...document.styleSheets].flatMap((s) => [...s.cssRules]).find((r) => r instanceof CSSPageRule)?.cssText ?? '');
    expect(pageSize).toMatch(/margin: 20mm 15mm 20mm 30mm/);
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);

    // The note was text all along: nothing ran.
    expect(dialogs).toBe(0);
    expect(await page.title()).not.toBe('hỏng');
    await context.setOffline(false);
    await page.close();
  });

  it('creates, renames and deletes collections, with "Hoàn tác"; "Lưu" goes to the current one', async () => {
    const c = await browser().newContext({ locale: 'vi-VN' });
    const page = await c.newPage();
    await save(page, REGULATION, 'dieu-1');
    await openNotebook(page);
    // With a unit in it, the page passes axe in light mode (WCAG 2.2 A/AA).
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
    await page.getByRole('button', { name: 'Tạo bộ sưu tập mới' }).click();
    await expect.poll(() => page.locator('.notebook-status').textContent()).toBe('Đã tạo “Bài giảng 2”.');
    await page.getByRole('button', { name: 'Đổi tên' }).click();
    await page.getByLabel('Tên mới').fill('Lớp trung cấp lý luận');
    await page.getByRole('button', { name: 'Lưu tên' }).click();
    await expect.poll(() => page.locator('#bo-suu-tap').textContent()).toBe('Lớp trung cấp lý luận');
    await page.goto(`${baseUrl}van-ban/${DIRECTIVE}/`);
    await page.locator('[id="diem-2"]').focus();
    await page.locator('[id="diem-2"] > .unit-tools button[data-action="save"]').click();
    await expect.poll(() => page.locator('.tools-status').textContent()).toBe('Đã lưu Điểm 2 vào “Lớp trung cấp lý luận”.');
    await openNotebook(page);
    expect(await order(page)).toEqual(['Điểm 2']);
    await page.getByRole('button', { name: 'Xóa bộ sưu tập' }).click();
    await expect.poll(() => page.locator('.notebook-undo').textContent()).toContain('Đã xóa “Lớp trung cấp lý luận” (1 mục).');
    expect(await page.locator('.notebook-collections button[aria-pressed]').allTextContents()).toEqual(['Bài giảng 1 (1)']);
    await page.getByRole('button', { name: 'Hoàn tác' }).click();
    await expect.poll(() => page.locator('.notebook-collections button[aria-pressed]').allTextContents()).toEqual(['Bài giảng 1 (1)', 'Lớp trung cấp lý luận (1)']);
    await page.getByRole('button', { name: 'Bỏ khỏi sổ tay: Điểm 2' }).click();
    await expect.poll(() => order(page)).toEqual([]);
    await page.getByRole('button', { name: 'Hoàn tác' }).click();
    await expect.poll(() => order(page)).toEqual(['Điểm 2']);
    await c.close();
  });

  it('reorders by drag and drop, and the new order survives a reload', async () => {
    // A window tall enough to hold all three entries: the drag goes from one to another without scrolling.
    const c = await browser().newContext({ locale: 'vi-VN', viewport: { width: 1280, height: 2400 } });
    const page = await c.newPage();
    const saved = ['dieu-2__khoan-1', 'dieu-2__khoan-2', 'dieu-2__khoan-3'];
    for (const eId of saved) await save(page, REGULATION, eId);
    await openNotebook(page);
    expect(await order(page)).toEqual(['Khoản 1 Điều 2', 'Khoản 2 Điều 2', 'Khoản 3 Điều 2']);
    // Khoản 3 dropped on Khoản 1 takes its place; picked up by its heading's corner, not its note field.
    const corner = { x: 4, y: 4 };
    await page.locator('.notebook-unit').nth(2).dragTo(page.locator('.notebook-unit').nth(0), { sourcePosition: corner, targetPosition: corner });
    await expect.poll(() => page.locator('.notebook-status').textContent()).toBe('Đã đổi thứ tự.');
    await expect.poll(() => order(page)).toEqual(['Khoản 3 Điều 2', 'Khoản 1 Điều 2', 'Khoản 2 Điều 2']);
    await page.reload();
    await page.locator('.notebook[data-ready]').waitFor();
    expect(await order(page)).toEqual(['Khoản 3 Điều 2', 'Khoản 1 Điều 2', 'Khoản 2 Điều 2']);
    await c.close();
  });

  it('backs the notebook up to a file and brings it back; a wrong or hostile file is refused and changes nothing', async () => {
    const c = await browser().newContext({ locale: 'vi-VN', acceptDownloads: true });
    const page = await c.newPage();
    await save(page, REGULATION, 'dieu-2__khoan-4');
    await save(page, DIRECTIVE, 'diem-1');
    await openNotebook(page);
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất tệp sổ tay' }).click()]);
    const backup = join(work, file.suggestedFilename());
    await file.saveAs(backup);
    const good = JSON.parse(readFileSync(backup, 'utf8'));
    expect(good).toMatchObject({ format: 'so-tay-quy-dinh/so-tay', version: 1 });

    const state = () => page.evaluate(() => [...document.querySelectorAll('.notebook-unit')].map((li) => li.textContent).join('|'));
    const before = await state();
    const importing = async (name: string, content: string | Buffer) => {
      const path = join(work, name);
      writeFileSync(path, content);
      await page.locator('#nhap-tep').setInputFiles(path);
      await expect.poll(() => page.locator('.notebook-file-result').textContent()).toContain(`“${name}”`);
      return page.locator('.notebook-file-result').textContent();
    };
    const hostile: Array<[string, string | Buffer, RegExp]> = [
      ['khong-phai-json.json', 'Sổ tay của tôi\n{ không phải JSON', /không phải tệp JSON \(lỗi ở dòng 1\)/],
      ['cat-cut.json', JSON.stringify(good).slice(0, 200), /bị cắt cụt/],
      ['phien-ban.json', JSON.stringify({ ...good, version: 2 }), /phiên bản tệp khác/],
      ['qua-lon.json', Buffer.alloc(50 * 1024 * 1024, 32), /quá lớn \(50\.0 MB/],
      ['script.json', JSON.stringify({ ...good, collections: [{ ...good.collections[0], units: [{ ...good.collections[0].units[0], note: '<script>alert(1)</script>' }] }] }), /mục 1, ghi chú: có mã HTML/],
      ['khong-co-dieu.json', JSON.stringify({ ...good, collections: [{ ...good.collections[0], id: 'khac', units: [{ ...good.collections[0].units[0], eId: 'dieu-99', key: `${REGULATION}#dieu-99` }] }] }), /nhắc tới “dieu-99”, Quy định nêu gương \(Điện Biên\) không có đơn vị đó/],
    ];
    for (const [name, content, error] of hostile) {
      const message = await importing(name, content);
      expect(message).toMatch(error);
      expect(message).toMatch(/Sổ tay của bạn không thay đổi\.$/);
      expect(await state()).toBe(before);
    }

    // Round trip: into an empty browser, then again into the same one (nothing doubles).
    const other = await browser().newContext({ locale: 'vi-VN' });
    const fresh = await other.newPage();
    await openNotebook(fresh);
    await fresh.locator('#nhap-tep').setInputFiles(backup);
    await expect.poll(() => fresh.locator('.notebook-file-result').textContent()).toBe(`Đã nhập “${file.suggestedFilename()}”: 1 bộ sưu tập mới, 2 mục mới.`);
    expect(await order(fresh)).toEqual(['Khoản 4 Điều 2', 'Điểm 1']);
    await fresh.locator('#nhap-tep').setInputFiles(backup);
    await expect.poll(() => fresh.locator('.notebook-file-result').textContent()).toBe(`Đã nhập “${file.suggestedFilename()}”: 0 bộ sưu tập mới, 0 mục mới; 2 mục đã có, giữ nguyên.`);
    expect(await order(fresh)).toEqual(['Khoản 4 Điều 2', 'Điểm 1']);
    await other.close();
    await c.close();
  });
});
