/** What a reader does on a document page, in headless Chromium. */
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
const REGULATION = `${baseUrl}van-ban/quy-dinh-neu-guong-dien-bien/`;
const CITATION = 'Khoản 4 Điều 2 Quy định số …-QĐ/TU, ngày …/02/2026 của Ban Thường vụ Tỉnh ủy Điện Biên (dự thảo)';

const browser = useBrowser();
let context: BrowserContext;

beforeAll(async () => {
  context = await browser().newContext({ locale: 'vi-VN', viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
});

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const opacity = (page: Page, selector: string) => page.locator(selector).evaluate((el) => getComputedStyle(el).opacity);

describe('document page', () => {
  it('"Trích dẫn" on Khoản 4 Điều 2 copies the citation and the permalink', async () => {
    const page = await context.newPage();
    await page.goto(REGULATION);
    const tools = '#dieu-2__khoan-4 > .unit-tools';
    expect(await opacity(page, tools)).toBe('0');
    await page.locator('#dieu-2__khoan-4 > p').hover();
    expect(await opacity(page, tools)).toBe('1');
    await page.locator(`${tools} button[data-action="cite"]`).click();
    await expect.poll(() => clipboard(page)).toBe(`${CITATION}\n${REGULATION}#dieu-2__khoan-4`);
    await expect.poll(() => page.locator('.tools-status').textContent()).toBe('Đã chép trích dẫn Khoản 4 Điều 2.');
    await page.close();
  });

  it('offers the clause as quoted plain text and as Markdown after citing it', async () => {
    const page = await context.newPage();
    await page.goto(REGULATION);
    await page.locator('#dieu-2__khoan-4 > p').hover();
    const tools = page.locator('#dieu-2__khoan-4 > .unit-tools');
    await expect.poll(() => tools.locator('button[data-action="plain"]').isVisible()).toBe(false);
    await tools.locator('button[data-action="cite"]').click();
    await tools.locator('button[data-action="plain"]').click();
    const plain = await clipboard(page);
    expect(plain).toMatch(/^“4\. Chủ động xây dựng kế hoạch, đề ra biện pháp cụ thể .*rõ sản phẩm\.”\n/);
    expect(plain).toContain(`(${CITATION})`);
    await tools.locator('button[data-action="markdown"]').click();
    expect(await clipboard(page)).toMatch(new RegExp(`^> 4\\. Chủ động[^\\n]*\\n\\n— \\[Khoản 4 Điều 2 Quy định số …-QĐ/TU.*\\]\\(${REGULATION.replace(/[./]/g, '\\$&')}#dieu-2__khoan-4\\)$`));
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

  it('works from the keyboard alone: Tab reaches a unit’s tools, shows them, Enter cites', async () => {
    const page = await context.newPage();
    await page.goto(REGULATION);
    let inTools = false;
    for (let i = 0; i < 80 && !inTools; i++) {
      await page.keyboard.press('Tab');
      inTools = await page.evaluate(() => !!document.activeElement?.closest('.unit-tools'));
    }
    expect(inTools).toBe(true);
    const unitId = await page.evaluate(() => document.activeElement!.closest('.unit')!.id);
    expect(await opacity(page, `#${unitId} > .unit-tools`)).toBe('1');
    expect(await page.evaluate(() => document.activeElement!.getAttribute('href'))).toBe(`#${unitId}`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement!.textContent)).toBe('Trích dẫn');
    await page.keyboard.press('Enter');
    await expect.poll(() => clipboard(page)).toMatch(new RegExp(`#${unitId}$`));
    await page.close();
  });

  it('reads on a 360 px phone without sideways scrolling; a tap shows a unit’s tools', async () => {
    const phone = await browser().newContext({ locale: 'vi-VN', viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    const page = await phone.newPage();
    await page.goto(`${baseUrl}van-ban/quy-che-lam-viec-tinh-uy-dien-bien/`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.locator('#dieu-23__khoan-2 > p').tap();
    expect(await opacity(page, '#dieu-23__khoan-2 > .unit-tools')).toBe('1');
    await phone.close();
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
