/** "Tải thẻ trích dẫn" in headless Chromium: one click, from the keyboard too, gives a 1920×1080 PNG. */
import { readFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { pngSize } from '../support/png.ts';

const baseUrl = inject('baseUrl');
const REGULATION = `${baseUrl}van-ban/quy-dinh-neu-guong-dien-bien/`;
const TOOLS = '#dieu-2__khoan-4 > .unit-tools:not([hidden])';

const browser = useBrowser();
let context: BrowserContext;

beforeAll(async () => {
  context = await browser().newContext({ locale: 'vi-VN', viewport: { width: 1280, height: 900 }, acceptDownloads: true });
});
afterAll(() => context.close());

describe('citation card download', () => {
  it('a click on "Tải thẻ trích dẫn" of Khoản 4 Điều 2 downloads its 1920×1080 PNG', async () => {
    const page = await context.newPage();
    await page.goto(REGULATION);
    await page.locator('#dieu-2__khoan-4 > p').hover();
    const link = page.locator(`${TOOLS} a.unit-tool--card`);
    await expect.poll(() => link.getAttribute('aria-label')).toBe('Tải thẻ trích dẫn: Khoản 4 Điều 2 (ảnh PNG)');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('quy-dinh-neu-guong-dien-bien_dieu-2__khoan-4.png');
    const bytes = readFileSync((await download.path())!);
    expect(pngSize(bytes)).toEqual({ width: 1920, height: 1080 });
    await page.close();
  });

  it('on a unit too long for one card, downloads the first and offers the others, each a 1920×1080 PNG', async () => {
    const page = await context.newPage();
    await page.goto(REGULATION);
    await page.locator('#dieu-3').focus();
    await page.keyboard.press('Tab');
    const link = page.locator('#dieu-3 > .unit-tools a.unit-tool--card');
    await expect.poll(() => link.getAttribute('aria-label')).toMatch(/^Tải thẻ trích dẫn: Điều 3, thẻ 1 trong (\d+) \(ảnh PNG\)$/);
    const count = Number(/trong (\d+)/.exec((await link.getAttribute('aria-label'))!)![1]);
    const [first] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(first.suggestedFilename()).toBe('quy-dinh-neu-guong-dien-bien_dieu-3.png');
    const others = page.locator('.unit-panel:not([hidden]) .unit-panel-cards a');
    await expect.poll(() => others.allTextContents()).toEqual(Array.from({ length: count - 1 }, (_, i) => `Thẻ ${i + 2}/${count}`));
    expect(await page.locator('.unit-panel:not([hidden]) .unit-panel-message').textContent()).toBe(`Điều 3 dài, cần ${count} thẻ. Đang tải thẻ 1; các thẻ tiếp theo:`);
    const [last] = await Promise.all([page.waitForEvent('download'), others.last().click()]);
    expect(last.suggestedFilename()).toBe(`quy-dinh-neu-guong-dien-bien_dieu-3_${count}.png`);
    expect(pngSize(readFileSync((await last.path())!))).toEqual({ width: 1920, height: 1080 });
    await page.close();
  });

  it('is reached from the keyboard in the unit’s toolbar (Tab, then the arrow keys), with a visible focus ring, and Enter downloads', async () => {
    const page = await context.newPage();
    await page.goto(REGULATION);
    await page.locator('#dieu-2__khoan-4').focus();
    await page.keyboard.press('Tab');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { text: el.textContent, ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0, shown: !el.closest<HTMLElement>('.unit-tools')!.hidden };
    });
    expect(focused).toEqual({ text: 'Tải thẻ trích dẫn', ring: true, shown: true });
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(pngSize(readFileSync((await download.path())!))).toEqual({ width: 1920, height: 1080 });
    await page.close();
  });

  it('"Chia sẻ" on an article opens its share page, whose link leads back to the article in the full text', async () => {
    const page = await context.newPage();
    await page.goto(REGULATION);
    // From the keyboard: a pointer over an article is over one of its clauses, whose tools show instead.
    await page.locator('#dieu-2').focus();
    await page.keyboard.press('Tab');
    const share = page.locator('#dieu-2 > .unit-tools a.unit-tool--share');
    await share.waitFor();
    await page.keyboard.press('End');
    expect(await page.evaluate(() => document.activeElement!.textContent)).toBe('Chia sẻ');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${REGULATION}dieu-2/`);
    await page.getByRole('link', { name: 'Xem trong toàn văn' }).click();
    await page.waitForURL(`${REGULATION}#dieu-2`);
    await page.close();
  });
});
