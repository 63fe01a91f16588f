/** The amendment view of the Quy chế làm việc (004), in headless Chromium. */
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { markedRunsInSource } from '../support/marked-runs.ts';

const url = `${inject('baseUrl')}van-ban/quy-che-lam-viec-tinh-uy-dien-bien/sua-doi/`;
const MARKED = markedRunsInSource('004_cdcf607f15aa0d9f.txt');

const browser = useBrowser();
let context: BrowserContext;

beforeAll(async () => {
  context = await browser().newContext({ locale: 'vi-VN', viewport: { width: 1280, height: 800 } });
});

const visible = (page: Page, selector: string) => page.locator(selector).evaluateAll((els) => els.filter((e) => e.checkVisibility()).length);

describe('amendments of the Quy chế làm việc', () => {
  it('shows every marked run as an amendment, the article headings with their counts', async () => {
    const page = await context.newPage();
    await page.goto(url);
    expect(await visible(page, '.amend-text .amend')).toBe(MARKED);
    expect(await page.locator('#dieu-2 > .unit-heading').innerText()).toMatch(/^Điều 2\. Nhiệm vụ, quyền hạn của Ban Thường vụ Tỉnh ủy \(\d+ chỗ sửa đổi\)$/);
    await page.close();
  });

  it('"Trước sửa đổi" hides the marked additions, keeps the marked numbers, and says it is approximate', async () => {
    const page = await context.newPage();
    await page.goto(url);
    const added = await page.locator('.amend-text ins.amend').count();
    const numbers = await page.locator('.amend-text mark.amend').count();
    expect(added + numbers).toBe(MARKED);
    await page.getByLabel('Trước sửa đổi (gần đúng)').check();
    expect(await visible(page, '.amend-text ins.amend')).toBe(0);
    expect(await visible(page, '.amend-text mark.amend')).toBe(numbers);
    // Khoản 5 Điều 2 was added whole: its paragraph goes, not only its marked words.
    expect(await page.locator('#dieu-2__khoan-5 > p').isVisible()).toBe(false);
    expect(await page.locator('#dieu-1__khoan-3 > p').innerText()).not.toContain('đảng viên;');
    expect(await page.locator('.reading-note').innerText()).toMatch(/gần đúng/);
    expect(new URL(page.url()).searchParams.get('ban')).toBe('truoc');
    await page.getByLabel('Bản sửa đổi (đánh dấu chỗ sửa)').check();
    expect(await visible(page, '.amend-text .amend')).toBe(MARKED);
    await page.close();
  });

  it('"Chỉ hiện điều có sửa đổi" hides the articles without one', async () => {
    const page = await context.newPage();
    await page.goto(url);
    expect(await page.locator('#dieu-9').isVisible()).toBe(true);
    await page.getByLabel('Chỉ hiện điều có sửa đổi').check();
    expect(await page.locator('#dieu-9').isVisible()).toBe(false);
    expect(await page.locator('#dieu-2').isVisible()).toBe(true);
    const listed = await page.locator('.amend-table tbody th a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.slice(1)).filter((id) => id.startsWith('dieu-')));
    const shown = await page.locator('.aunit--article').evaluateAll((els) => els.filter((e) => e.checkVisibility()).map((e) => e.id));
    expect(shown).toEqual(listed);
    await page.close();
  });

  it('n and p move between amendments; a shared URL restores the reading and the filter', async () => {
    const page = await context.newPage();
    await page.goto(`${url}?ban=truoc&loc=co-sua-doi`);
    expect(await page.getByLabel('Trước sửa đổi (gần đúng)').isChecked()).toBe(true);
    expect(await page.getByLabel('Chỉ hiện điều có sửa đổi').isChecked()).toBe(true);
    expect(await page.locator('#dieu-9').isVisible()).toBe(false);
    await page.getByLabel('Bản sửa đổi (đánh dấu chỗ sửa)').check();
    await page.locator('h1').click();
    await page.keyboard.press('n');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sua-doi-1');
    expect(await page.locator('[data-change-count]').textContent()).toBe(`Sửa đổi 1/${MARKED}`);
    await page.keyboard.press('n');
    await page.keyboard.press('p');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sua-doi-1');
    expect(new URL(page.url()).hash).toBe('#sua-doi-1');
    expect(new URL(page.url()).searchParams.get('loc')).toBe('co-sua-doi');
    await page.close();
  });

  it('works from the keyboard alone', async () => {
    const page = await context.newPage();
    await page.goto(url);
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name === 'ban')) break;
    }
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('sua-doi');
    await page.keyboard.press('ArrowRight');
    expect(await page.getByLabel('Trước sửa đổi (gần đúng)').isChecked()).toBe(true);
    expect(await visible(page, '.amend-text ins.amend')).toBe(0);
    await page.close();
  });

  it('reads on a 360 px phone: no sideways scrolling, each article’s row as wide as the text, its counts labelled', async () => {
    const phone = await browser().newContext({ locale: 'vi-VN', viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const page = await phone.newPage();
    await page.goto(url);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const rows = await page.locator('.amend-table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => {
        const head = tr.querySelector('th')!;
        const lines = Math.round(head.getBoundingClientRect().height / parseFloat(getComputedStyle(head).lineHeight));
        const table = tr.closest('.table-scroll')!;
        return { width: head.getBoundingClientRect().width, lines, words: head.textContent!.trim().split(/\s+/).length, overflow: table.scrollWidth - table.clientWidth };
      }),
    );
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) {
      // Not squeezed to a word a line: the article's title takes the row's width.
      expect(row.width).toBeGreaterThan(280);
      expect(row.lines).toBeLessThan(row.words);
      expect(row.overflow).toBeLessThanOrEqual(0);
    }
    // Each count says what it counts, since the column heads are gone.
    const labels = await page.locator('.amend-table tbody tr').first().locator('td').evaluateAll((tds) => tds.map((td) => getComputedStyle(td, '::before').content));
    expect(labels.at(-1)).toBe('"Tổng"');
    await phone.close();
  });
});
