/** What a trainer does with citations, in headless Chromium. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function open(path: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  await page.goto(`${baseUrl}${path}`);
  return page;
}

const inView = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.top >= 0 && box.top < window.innerHeight;
  });

describe('following a citation', () => {
  it('from the clause of the Điện Biên regulation that cites Quy định 37-QĐ/TW to every citing clause, and back to one', async () => {
    const page = await open('van-ban/quy-dinh-neu-guong-dien-bien/');
    // A click reads the citation in place first; its preview leads to the cited document's page.
    await page.locator('#dieu-2__khoan-14 a.cite', { hasText: 'Quy định số 37-QĐ/TW' }).click();
    await page.locator('#xem-truoc').getByRole('link', { name: 'Mở trang văn bản được dẫn chiếu' }).click();
    await page.waitForURL(`${baseUrl}dan-chieu/37-qd-tw-2021/`);
    expect(await page.locator('h1').textContent()).toBe('Quy định số 37-QĐ/TW');
    expect(await page.locator('.citing-group h3 a').allTextContents()).toEqual(['Quy định nêu gương (Điện Biên)', 'Hướng dẫn nêu gương']);
    expect(await page.locator('#nhom-quy-dinh-neu-guong-dien-bien .citing-unit').allTextContents()).toEqual(['Khoản 14 Điều 2']);
    const back = page.locator('#nhom-huong-dan-neu-guong .citing-unit').first();
    const target = (await back.getAttribute('href'))!.split('#')[1]!;
    await back.click();
    await page.waitForURL(`${baseUrl}van-ban/huong-dan-neu-guong/#${target}`);
    await expect.poll(() => inView(page, `[id="${target}"]`)).toBe(true);
    expect(await page.locator(`[id="${target}"]`).evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 241, 184)');
    expect(await page.locator(`[id="${target}"] a.cite[href$="/dan-chieu/37-qd-tw-2021/"]`).count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('takes two clicks from the home page to every clause that rests on Quy định 101-QĐ/TW', async () => {
    const page = await open('');
    await page.getByRole('link', { name: 'Dẫn chiếu', exact: true }).click();
    await page.getByRole('link', { name: 'Quy định số 101-QĐ/TW' }).click();
    await page.waitForURL(`${baseUrl}dan-chieu/101-qd-tw-2012/`);
    expect(await page.locator('.citing-list > li').count()).toBe(4);
    expect(await page.locator('.citing-unit').allTextContents()).toEqual(['Căn cứ thứ 2', 'Đoạn 1 Điều 1', 'Điểm 1 Mục I', 'Đoạn 1 Mục III']);
    await page.context().close();
  });

  it('follows "Điều 1 Quy chế này" to Điều 1 on the same page', async () => {
    const page = await open('van-ban/quy-che-lam-viec-tinh-uy-dien-bien/');
    await page.locator('a.unit-ref', { hasText: 'Điều 1 Quy chế này' }).click();
    await page.locator('#xem-truoc').getByRole('link', { name: 'Đến Điều 1 trong văn bản' }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#dieu-1');
    await expect.poll(() => inView(page, '#dieu-1')).toBe(true);
    await page.context().close();
  });
});

describe('the index of cited documents', () => {
  it('filters by level and type, sorts by count, and keeps the choice in the address', async () => {
    const page = await open('dan-chieu/');
    const rows = page.locator('[data-cited-table] tbody tr:not([hidden])');
    expect(await page.locator('[data-cited-filters]').isVisible()).toBe(true);
    // Each control is named by its label.
    expect(await page.getByRole('combobox', { name: /^Cấp/ }).getAttribute('name')).toBe('cap');
    expect(await rows.count()).toBe(31);
    await page.locator('select[name="cap"]').selectOption('tinh');
    expect(new Set(await rows.locator('td:nth-of-type(2)').allTextContents())).toEqual(new Set(['Tỉnh ủy']));
    const tinh = await rows.count();
    expect(tinh).toBe(8);
    expect(await page.locator('[data-cited-status]').textContent()).toBe('8/31 văn bản, dẫn chiếu nhiều nhất trước.');
    await page.locator('select[name="loai"]').selectOption('Quy định');
    expect(await rows.locator('th a').allTextContents()).toEqual(['Quy định số 09-QĐ/TU', 'Quy định số 47-QĐ/TU', 'Quy định số 4871-QĐ/TU']);
    await page.locator('select[name="loai"]').selectOption('');
    await page.locator('select[name="cap"]').selectOption('trung-uong');
    await page.locator('select[name="sap-xep"]').selectOption('it');
    const counts = (await rows.locator('[data-cited-count]').allTextContents()).map(Number);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(await page.locator('th[data-sort-column="count"]').getAttribute('aria-sort')).toBe('ascending');
    expect(new URL(page.url()).search).toBe('?cap=trung-uong&sap-xep=it');
    await page.reload();
    expect(await page.locator('select[name="cap"]').inputValue()).toBe('trung-uong');
    expect((await rows.locator('[data-cited-count]').allTextContents()).map(Number)).toEqual(counts);
    await page.context().close();
  });

  it('works from the keyboard: Tab reaches the filters, arrow keys change them', async () => {
    const page = await open('dan-chieu/');
    const level = page.locator('select[name="cap"]');
    for (let i = 0; i < 20 && !(await level.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await level.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('[data-cited-status]').textContent()).toMatch(/^2\d\/31 văn bản/);
    await page.context().close();
  });

  it('shows every cited document, most cited first, without JavaScript', async () => {
    const page = await open('dan-chieu/', { javaScriptEnabled: false });
    expect(await page.locator('[data-cited-filters]').isVisible()).toBe(false);
    const counts = (await page.locator('[data-cited-count]').allTextContents()).map(Number);
    expect(counts.length).toBe(31);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    await page.context().close();
  });

  it('loads its script there only: a document page does not', async () => {
    const scripts = async (path: string) => {
      const page = await open(path);
      const srcs = await page.locator('script[src]').evaluateAll((list) => list.map((s) => (s as HTMLScriptElement).src));
      await page.context().close();
      return srcs;
    };
    const index = await scripts('dan-chieu/');
    const documentPage = await scripts('van-ban/huong-dan-neu-guong/');
    const own = index.filter((src) => !documentPage.includes(src));
    expect(own.length).toBe(1);
    expect(await (await fetch(own[0]!)).text()).toContain('data-cited-filters');
  });
});

describe('the relationship picture', () => {
  it('every node is a link the keyboard reaches, with a visible focus ring; Enter opens it', async () => {
    const page = await open('luoc-do/');
    let name = '';
    for (let i = 0; i < 30 && !name; i++) {
      await page.keyboard.press('Tab');
      name = await page.evaluate(() => (document.activeElement?.closest('svg.diagram') ? (document.activeElement.querySelector('title')?.textContent ?? '') : ''));
    }
    expect(name).toBe('Quy định nêu gương (Điện Biên): dẫn chiếu 13 văn bản');
    const stroke = await page.evaluate(() => getComputedStyle(document.activeElement!.querySelector('rect')!).strokeWidth);
    expect(stroke).toBe('3px');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}van-ban/quy-dinh-neu-guong-dien-bien/`);
    await page.context().close();
  });

  it('a click on a cited document opens its page', async () => {
    const page = await open('luoc-do/');
    await page.locator('svg.diagram a', { has: page.locator('title', { hasText: 'Kết luận số 21-KL/TW, được dẫn chiếu 8 lần' }) }).click();
    await page.waitForURL(`${baseUrl}dan-chieu/21-kl-tw-2021/`);
    await page.context().close();
  });
});

describe('old links', () => {
  it.each([
    ['trich-dan/', 'dan-chieu/'],
    ['trich-dan/21-kl-tw-2021/', 'dan-chieu/21-kl-tw-2021/'],
  ])('%s, from before the cited documents moved, opens %s', async (from, to) => {
    const page = await open(from);
    await page.waitForURL(`${baseUrl}${to}`);
    expect(await page.locator('h1').count()).toBe(1);
    await page.context().close();
  });
});

describe('on a 360 px phone', () => {
  it.each(['dan-chieu/', 'dan-chieu/21-kl-tw-2021/', 'luoc-do/', 'van-ban/huong-dan-neu-guong/'])('%s does not scroll sideways', async (path) => {
    const page = await open(path, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.context().close();
  });
});
