/** What a reader does on a document page, in headless Chromium. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
const REGULATION = `${baseUrl}van-ban/quy-dinh-neu-guong-dien-bien/`;
const GUIDELINE = `${baseUrl}van-ban/huong-dan-neu-guong/`;
const RULES = `${baseUrl}van-ban/quy-che-lam-viec-tinh-uy-dien-bien/`;
const DIRECTIVE = `${baseUrl}van-ban/chi-thi-ky-luat-hanh-chinh-lao-cai/`;
const PHONE = { width: 390, height: 844 };
const CITATION = 'Khoản 4 Điều 2 Quy định số …-QĐ/TU, ngày …/02/2026 của Ban Thường vụ Tỉnh ủy Điện Biên (dự thảo)';

const browser = useBrowser();
let context: BrowserContext;

async function newContext(b: Browser, viewport = { width: 1280, height: 900 }, touch = false): Promise<BrowserContext> {
  const c = await b.newContext({ locale: 'vi-VN', viewport, hasTouch: touch, isMobile: touch });
  await c.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
  return c;
}

beforeAll(async () => {
  context = await newContext(browser());
});

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const tools = (page: Page, id: string) => page.locator(`[id="${id}"] > .unit-tools:not([hidden])`);
const activeName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    return el.getAttribute('aria-label') ?? el.textContent;
  });

/** Boxes of the page's words (paragraphs and headings of the text) that the toolbar or its panel overlaps. */
function overlaps(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const covers = [...document.querySelectorAll('.unit-tools:not([hidden]), .unit-panel:not([hidden])')].map((el) => el.getBoundingClientRect());
    const words = [...document.querySelectorAll<HTMLElement>('.doc-text p, .doc-text h2, .doc-text h3, .doc-text h4')].filter((el) => !el.closest('.unit-tools, .unit-panel'));
    const hit = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    return words.flatMap((w) => {
      // Each line of the paragraph, not its box: the box of a short last line is narrower.
      const lines = [...w.getClientRects()];
      const range = document.createRange();
      range.selectNodeContents(w);
      lines.push(...range.getClientRects());
      return lines.some((l) => l.width > 0 && covers.some((c) => hit(c, l))) ? [`${w.closest('[id]')?.id}: ${w.textContent!.slice(0, 40)}`] : [];
    });
  });
}

describe('document page', () => {
  it('"Trích dẫn" on Khoản 4 Điều 2 copies the citation and the permalink, and shows what it copied', async () => {
    const page = await context.newPage();
    await page.goto(REGULATION);
    expect(await page.locator('.unit-tools').count()).toBe(0);
    await page.locator('#dieu-2__khoan-4 > p').hover();
    await tools(page, 'dieu-2__khoan-4').locator('button[data-action="cite"]').click();
    await expect.poll(() => clipboard(page)).toBe(`${CITATION}\n${REGULATION}#dieu-2__khoan-4`);
    await expect.poll(() => page.locator('.tools-status').textContent()).toBe('Đã chép trích dẫn Khoản 4 Điều 2.');
    const preview = page.locator('#dieu-2__khoan-4 .unit-panel');
    expect(await preview.locator('.unit-panel-message').textContent()).toBe('Đã chép:');
    expect(await preview.locator('.unit-panel-preview').textContent()).toBe(`${CITATION}\n${REGULATION}#dieu-2__khoan-4`);
    expect(await overlaps(page)).toEqual([]);
    await page.close();
  });

  it('offers the date in full and the quoted words, and no choice a cadre would not understand', async () => {
    const page = await context.newPage();
    await page.goto(REGULATION);
    await page.locator('#dieu-2__khoan-4 > p').hover();
    await tools(page, 'dieu-2__khoan-4').locator('button[data-action="cite"]').click();
    const panel = page.locator('#dieu-2__khoan-4 .unit-panel');
    await panel.getByRole('button', { name: 'Ngày ghi đầy đủ' }).click();
    await expect.poll(() => clipboard(page)).toBe(
      `Khoản 4 Điều 2 Quy định số …-QĐ/TU, ngày … tháng 02 năm 2026 của Ban Thường vụ Tỉnh ủy Điện Biên (dự thảo)\n${REGULATION}#dieu-2__khoan-4`,
    );
    expect(await panel.locator('.unit-panel-preview').textContent()).toContain('ngày … tháng 02 năm 2026');
    await panel.getByRole('button', { name: 'Ngày ghi như văn bản' }).click();
    await panel.getByRole('button', { name: 'Chép kèm nguyên văn' }).click();
    await expect.poll(() => clipboard(page)).toMatch(/^“4\. Chủ động xây dựng kế hoạch, đề ra biện pháp cụ thể .*rõ sản phẩm\.”\n/);
    expect(await clipboard(page)).toContain(`(${CITATION})`);
    // The preview is short: the start of the quotation, then the citation the reader checks.
    const shown = (await panel.locator('.unit-panel-preview').textContent())!;
    expect(shown.split('\n')[0]!.length).toBeLessThan(160);
    expect(shown).toContain(CITATION);
    expect(await page.getByRole('button', { name: /markdown/i }).count()).toBe(0);
    await page.close();
  });

  it('a permalink scrolls its clause into view and highlights it', async () => {
    const page = await context.newPage();
    await page.goto(`${REGULATION}#dieu-3__khoan-6`);
    const clause = page.locator('#dieu-3__khoan-6');
    await expect.poll(() => clause.evaluate((el) => {
      const box = el.getBoundingClientRect();
      return box.top >= 0 && box.top < window.innerHeight;
    })).toBe(true);
    expect(await clause.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 241, 184)');
    expect(await page.locator('#dieu-3__khoan-5').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
    await page.close();
  });

  it('works from the keyboard alone: Tab reaches a unit, its toolbar is one Tab stop, arrows choose "Trích dẫn", Enter cites', async () => {
    const page = await context.newPage();
    await page.goto(REGULATION);
    let unitId = '';
    for (let i = 0; i < 80 && !unitId; i++) {
      await page.keyboard.press('Tab');
      unitId = await page.evaluate(() => (document.activeElement?.matches('.doc-text .unit[id]') ? document.activeElement.id : ''));
    }
    expect(unitId).not.toBe('');
    expect(await tools(page, unitId).isVisible()).toBe(true);
    let inTools = false;
    for (let i = 0; i < 10 && !inTools; i++) {
      await page.keyboard.press('Tab');
      inTools = await page.evaluate(() => !!document.activeElement?.closest('.unit-tools'));
    }
    expect(await activeName(page)).toMatch(/^Lưu vào sổ tay/);
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement!.textContent)).toBe('Trích dẫn');
    await page.keyboard.press('Enter');
    await expect.poll(() => clipboard(page)).toMatch(new RegExp(`#${unitId}$`));
    // The panel's choices are reachable, then Escape goes back to "Trích dẫn".
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('.unit-panel'))).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement!.textContent)).toBe('Trích dẫn');
    await page.close();
  });

  it('keeps one toolbar for the whole page, moved to the unit in use', async () => {
    const page = await context.newPage();
    await page.goto(RULES);
    expect(await page.locator('.unit-tool').count()).toBe(0);
    for (const id of ['dieu-1__khoan-1', 'dieu-17__khoan-2', 'dieu-23__khoan-2']) {
      await page.locator(`[id="${id}"] > p`).first().hover();
      await tools(page, id).waitFor();
    }
    expect(await page.locator('.unit-tools').count()).toBe(1);
    expect(await page.locator('.unit-tool').count()).toBeLessThanOrEqual(5);
    await page.close();
  });

  it('offers "Lưu vào sổ tay" on every kind of unit, named after it', async () => {
    const page = await context.newPage();
    const cases: Array<[string, string, string]> = [
      [REGULATION, 'can-cu-1', 'Căn cứ thứ 1'],
      [REGULATION, 'dieu-2', 'Điều 2'],
      [REGULATION, 'dieu-2__khoan-4', 'Khoản 4 Điều 2'],
      [GUIDELINE, 'muc-III', 'Mục III'],
      [GUIDELINE, 'muc-III__diem-2', 'Điểm 2 Mục III'],
      [GUIDELINE, 'muc-III__diem-2__doan-1', 'Đoạn 1 điểm 2 Mục III'],
      [GUIDELINE, 'mo-dau__doan-1', 'Đoạn 1 phần mở đầu'],
    ];
    for (const [url, id, label] of cases) {
      if (page.url() !== url) await page.goto(url);
      await page.locator(`[id="${id}"]`).focus();
      await expect.poll(() => tools(page, id).getByRole('button', { name: /^Lưu vào sổ tay/ }).getAttribute('aria-label')).toBe(`Lưu vào sổ tay: ${label}`);
    }
    await page.goto(GUIDELINE);
    const formPart = await page.locator('.attachment .unit[id]').first().getAttribute('id');
    await page.locator(`[id="${formPart}"]`).focus();
    await expect.poll(() => tools(page, formPart!).getByRole('button', { name: /^Lưu vào sổ tay: / }).count()).toBe(1);
    await page.close();
  });

  it('"Lưu vào sổ tay" asks nothing, says where the unit went, and the unit shows it is saved after a reload', async () => {
    const c = await newContext(browser());
    const page = await c.newPage();
    await page.goto(REGULATION);
    await page.locator('#dieu-2__khoan-4 > p').hover();
    await tools(page, 'dieu-2__khoan-4').getByRole('button', { name: /^Lưu/ }).click();
    await expect.poll(() => page.locator('.tools-status').textContent()).toBe('Đã lưu Khoản 4 Điều 2 vào “Bài giảng 1”.');
    expect(await page.locator('#dieu-2__khoan-4 .unit-panel').getByRole('link', { name: 'Mở sổ tay' }).count()).toBe(1);
    expect(await page.locator('#dieu-2__khoan-4').getAttribute('class')).toContain('is-saved');
    await page.locator('#dieu-2__khoan-4 > p').hover();
    await tools(page, 'dieu-2__khoan-4').getByRole('button', { name: /^Lưu/ }).click();
    await expect.poll(() => page.locator('.tools-status').textContent()).toBe('Khoản 4 Điều 2 đã có trong “Bài giảng 1”.');
    await page.reload();
    expect(await page.locator('#dieu-2__khoan-4').getAttribute('class')).toContain('is-saved');
    expect(await page.locator('#dieu-2__khoan-3').getAttribute('class')).not.toContain('is-saved');
    await c.close();
  });

  it('never covers a unit’s words with its tools, on a 390×844 phone and on a desktop', async () => {
    const phone = await newContext(browser(), { width: 390, height: 844 }, true);
    const page = await phone.newPage();
    await page.goto(RULES);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    for (const id of ['dieu-23__khoan-2', 'dieu-1__khoan-1']) {
      await page.locator(`[id="${id}"] > p`).first().tap();
      await tools(page, id).waitFor();
      expect(await overlaps(page)).toEqual([]);
      await tools(page, id).locator('button[data-action="cite"]').tap();
      await page.locator(`[id="${id}"] .unit-panel:not([hidden])`).waitFor();
      expect(await overlaps(page)).toEqual([]);
    }
    await phone.close();
    const desk = await context.newPage();
    await desk.goto(RULES);
    for (const id of ['dieu-2', 'dieu-17__khoan-2', 'dieu-5__khoan-1']) {
      await desk.locator(`[id="${id}"] > :first-child`).hover();
      await tools(desk, id).waitFor();
      expect(await overlaps(desk)).toEqual([]);
    }
    await desk.close();
  });

  it('prints the document with its citation and without the site around it', async () => {
    const page = await context.newPage();
    await page.goto(REGULATION);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.toc').isVisible()).toBe(false);
    const header = page.locator('.print-citation');
    expect(await header.isVisible()).toBe(true);
    expect(await header.textContent()).toBe('Trích từ: Quy định số …-QĐ/TU, ngày …/02/2026 của Ban Thường vụ Tỉnh ủy Điện Biên (dự thảo)');
    await page.close();
  });
});

describe('document page on a 390×844 phone', () => {
  /** Where the fixed reader bar starts: the first screen is what is above it. */
  const barTop = (page: Page) => page.locator('.reader-bar').evaluate((el) => el.getBoundingClientRect().top);
  const top = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().top);

  it('shows each document’s title and its first unit on the first screen, the facts in one line that opens into the full panel', async () => {
    const phone = await newContext(browser(), PHONE, true);
    const page = await phone.newPage();
    for (const url of [REGULATION, GUIDELINE, DIRECTIVE, RULES]) {
      await page.goto(url);
      const screen = await barTop(page);
      expect(screen).toBeGreaterThan(PHONE.height - 80);
      const title = await page.locator('.doc-title').evaluate((el) => el.getBoundingClientRect().bottom);
      expect(title, url).toBeLessThan(screen);
      // The first unit starts on the first screen, a line of it at least above the bar.
      expect(await top(page, '.doc-text .unit[id]'), url).toBeLessThan(screen - 30);
      expect(await page.locator('.doc-status').isVisible()).toBe(false);
      expect(await page.locator('.doc-facts__line').textContent()).toMatch(/·.*Số .*ngày/);
    }
    await page.locator('.doc-facts__line').tap();
    expect(await page.locator('.doc-status').isVisible()).toBe(true);
    expect(await page.locator('.doc-facts .fact').first().isVisible()).toBe(true);
    await phone.close();
  });

  it('reaches Khoản 2 Điều 17 of the Quy chế from its top in two taps, through the contents button', async () => {
    const phone = await newContext(browser(), PHONE, true);
    const page = await phone.newPage();
    await page.goto(RULES);
    expect(await page.locator('#muc-luc').isVisible()).toBe(false);
    await page.getByRole('button', { name: /^Mục lục/ }).tap();
    await page.locator('#muc-luc').getByRole('link', { name: 'Khoản 2 Điều 17', exact: true }).tap();
    await expect.poll(() => new URL(page.url()).hash).toBe('#dieu-17__khoan-2');
    await expect.poll(() => top(page, '[id="dieu-17__khoan-2"]')).toBeLessThan(40);
    expect(await top(page, '[id="dieu-17__khoan-2"]')).toBeGreaterThanOrEqual(0);
    // The panel closed on the way: the clause is what the reader sees.
    expect(await page.locator('#muc-luc').isVisible()).toBe(false);
    await phone.close();
  });

  it('names where the reader is on the contents button, marks it in the contents, and comes back to the top', async () => {
    const phone = await newContext(browser(), PHONE, true);
    const page = await phone.newPage();
    await page.goto(RULES);
    await page.locator('[id="dieu-17__khoan-2"]').evaluate((el) => el.scrollIntoView());
    await expect.poll(() => page.locator('.reader-bar__where').textContent()).toMatch(/^Điều 17\. Với Đảng đoàn/);
    await page.getByRole('button', { name: /^Mục lục/ }).tap();
    const current = page.locator('#muc-luc a[aria-current="location"]');
    expect(await current.getAttribute('aria-label')).toBe('Khoản 2 Điều 17');
    expect(await current.isVisible()).toBe(true);
    expect(await current.evaluate((el) => {
      const box = el.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    })).toBe(true);
    expect(await page.locator('#muc-luc a.is-within').first().textContent()).toMatch(/^Chương III/);
    await page.keyboard.press('Escape');
    expect(await page.locator('#muc-luc').isVisible()).toBe(false);
    // At the very end the bar leaves the last lines uncovered.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const lastLine = await page.locator('.site-footer p').last().evaluate((el) => el.getBoundingClientRect().bottom);
    expect(lastLine).toBeLessThanOrEqual(await barTop(page));
    await page.getByRole('link', { name: 'Lên đầu trang' }).tap();
    await expect.poll(() => top(page, '.doc-title')).toBeLessThan(PHONE.height / 2);
    expect(await top(page, '.doc-title')).toBeGreaterThanOrEqual(0);
    await phone.close();
  });

  it('works from the keyboard: the contents open from the bar, Enter on a khoản goes to it, Escape closes', async () => {
    const phone = await newContext(browser(), PHONE, true);
    const page = await phone.newPage();
    await page.goto(REGULATION);
    await page.getByRole('button', { name: /^Mục lục/ }).focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('#muc-luc').isVisible()).toBe(true);
    await page.locator('#muc-luc').getByRole('link', { name: 'Khoản 4 Điều 2', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('dieu-2__khoan-4');
    expect(await page.locator('#muc-luc').isVisible()).toBe(false);
    await page.getByRole('button', { name: /^Mục lục/ }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    expect(await page.locator('#muc-luc').isVisible()).toBe(false);
    await phone.close();
  });

  it('shows the "/" shortcut of the search box only where there is a keyboard', async () => {
    const phone = await newContext(browser(), PHONE, true);
    const page = await phone.newPage();
    await page.goto(REGULATION);
    expect(await page.locator('.search-key').isVisible()).toBe(false);
    expect(await page.locator('#site-search-input').getAttribute('placeholder')).not.toContain('phím');
    await phone.close();
    const desk = await context.newPage();
    await desk.goto(REGULATION);
    expect(await desk.locator('.search-key').isVisible()).toBe(true);
    await desk.locator('#site-search-input').fill('điều');
    expect(await desk.locator('.search-key').isVisible()).toBe(false);
    await desk.close();
  });

  it('keeps the contents in the side column on a wide screen, each Điều’s khoản by number', async () => {
    const desk = await context.newPage();
    await desk.goto(RULES);
    expect(await desk.locator('#muc-luc').isVisible()).toBe(true);
    expect(await desk.getByRole('button', { name: /^Mục lục/ }).isVisible()).toBe(false);
    expect(await desk.locator('.doc-status').isVisible()).toBe(true);
    await desk.locator('#muc-luc').getByRole('link', { name: 'Khoản 2 Điều 17', exact: true }).click();
    await expect.poll(() => top(desk, '[id="dieu-17__khoan-2"]')).toBeLessThan(40);
    expect(await desk.locator('#muc-luc').isVisible()).toBe(true);
    await desk.close();
  });
});
