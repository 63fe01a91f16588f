/**
 * The old text against the text replacing it, in headless Chromium, on a fixture site built
 * from the two versions in test/fixtures/versions/ (not published).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { serveStatic, type StaticSite } from '../support/static-server.ts';
import { buildVersionsSite, NEW_SLUG, OLD_SLUG } from '../support/versions.ts';

const browser = useBrowser();
let site: StaticSite;
let context: BrowserContext;
let url: string;

beforeAll(async () => {
  site = await serveStatic(buildVersionsSite());
  url = `${site.url}so-sanh/${OLD_SLUG}/${NEW_SLUG}/`;
  context = await browser().newContext({ locale: 'vi-VN', viewport: { width: 1280, height: 700 } });
});

afterAll(async () => {
  await site?.close();
});

const CHANGES = [
  'moi-dieu-1__doan-1',
  'moi-dieu-2__khoan-2',
  'moi-dieu-2__khoan-3',
  'cu-dieu-2__khoan-3',
  'moi-dieu-3__khoan-1',
  'moi-dieu-4__doan-1',
  'moi-dieu-4__doan-2',
];

const visibleRows = (page: Page) => page.locator('.vrow:not(.vrow--head)').evaluateAll((rows) => rows.filter((r) => r.checkVisibility()).map((r) => r.id));
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const counter = (page: Page) => page.locator('[data-change-count]').textContent();
const inView = (page: Page, id: string) =>
  page.locator(`#${id}`).evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight;
  });

describe('version comparison', () => {
  it('shows both texts side by side by default, each change marked, and works without JavaScript', async () => {
    const noJs = await browser().newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 700 } });
    const page = await noJs.newPage();
    await page.goto(url);
    expect(await visibleRows(page)).toHaveLength(13);
    const renumbered = page.locator('#moi-dieu-2__khoan-3');
    expect(await renumbered.locator('.vrow__old').textContent()).toContain('Khoản 2 Điều 2');
    expect(await renumbered.locator('.vrow__new ins').allTextContents()).toEqual(['3', 'và tiếp thu']);
    expect(await renumbered.locator('.vrow__old del').allTextContents()).toEqual(['2']);
    // "hoà" → "hòa" is no change: each side keeps its own spelling, unmarked.
    expect(await renumbered.locator('.vrow__old .vrow__text').textContent()).toContain('phải hoà nhã');
    expect(await renumbered.locator('.vrow__new ins, .vrow__new del:visible').allTextContents()).not.toContain('hòa');
    // The toggles are plain form controls: they work without the script; the n/p buttons need it and stay hidden.
    expect(await page.locator('[data-change-nav]').isVisible()).toBe(false);
    await page.getByLabel('Một cột').check();
    expect(await page.locator('.vrow__old').first().isVisible()).toBe(false);
    await page.getByLabel('Chỉ hiện thay đổi').check();
    expect(await visibleRows(page)).toEqual(CHANGES);
    await noJs.close();
  });

  it('switches between two columns and one column, where deletions show inline', async () => {
    const page = await context.newPage();
    await page.goto(url);
    const row = page.locator('#moi-dieu-3__khoan-1');
    expect(await row.locator('.vrow__old').isVisible()).toBe(true);
    expect(await row.locator('.vrow__new del').isVisible()).toBe(false);
    await page.getByLabel('Một cột').check();
    expect(await row.locator('.vrow__old').isVisible()).toBe(false);
    expect(await row.locator('.vrow__new del').isVisible()).toBe(true);
    expect((await row.locator('.vrow__new .vrow__text').innerText()).trim()).toBe('1. Cán bộ đến cơ quan đúng giờ và không về trước giờ quy định.');
    expect(new URL(page.url()).searchParams.get('xem')).toBe('mot-cot');
    await page.getByLabel('Hai cột').check();
    expect(await row.locator('.vrow__old').isVisible()).toBe(true);
    expect(new URL(page.url()).search).toBe('');
    await page.close();
  });

  it('"Chỉ hiện thay đổi" hides the unchanged units', async () => {
    const page = await context.newPage();
    await page.goto(url);
    await page.getByLabel('Chỉ hiện thay đổi').check();
    expect(await visibleRows(page)).toEqual(CHANGES);
    expect(new URL(page.url()).searchParams.get('loc')).toBe('thay-doi');
    await page.getByLabel('Chỉ hiện thay đổi').uncheck();
    expect(await visibleRows(page)).toHaveLength(13);
    await page.close();
  });

  it('n and p move between changes, with a counter, and keep both sides of a change together on screen', async () => {
    const page = await context.newPage();
    await page.goto(url);
    await page.keyboard.press('n');
    expect(await focusedId(page)).toBe(CHANGES[0]);
    expect(await counter(page)).toBe('Thay đổi 1/7');
    await page.keyboard.press('n');
    await page.keyboard.press('n');
    await page.keyboard.press('n');
    expect(await focusedId(page)).toBe('cu-dieu-2__khoan-3');
    expect(await counter(page)).toBe('Thay đổi 4/7');
    expect(new URL(page.url()).hash).toBe('#cu-dieu-2__khoan-3');
    await page.keyboard.press('p');
    expect(await focusedId(page)).toBe('moi-dieu-2__khoan-3');
    expect(await counter(page)).toBe('Thay đổi 3/7');
    // Synced scrolling: the two versions of a unit share one row, so they sit side by side wherever the page scrolls.
    for (let i = 0; i < 4; i++) await page.keyboard.press('n');
    expect(await focusedId(page)).toBe('moi-dieu-4__doan-2');
    expect(await inView(page, 'moi-dieu-4__doan-2')).toBe(true);
    for (const id of ['moi-dieu-3__khoan-1', 'moi-dieu-4__doan-1']) {
      const [left, right] = await Promise.all(['.vrow__old', '.vrow__new'].map((s) => page.locator(`#${id} ${s}`).evaluate((el) => el.getBoundingClientRect().top)));
      expect(left).toBe(right);
    }
    await page.keyboard.press('n');
    expect(await counter(page)).toBe('Đã tới thay đổi cuối cùng (7/7)');
    await page.close();
  });

  it('a shared URL restores the view: mode, filter and the change being read', async () => {
    const page = await context.newPage();
    await page.goto(`${url}?xem=mot-cot&loc=thay-doi#moi-dieu-3__khoan-1`);
    expect(await page.getByLabel('Một cột').isChecked()).toBe(true);
    expect(await page.getByLabel('Chỉ hiện thay đổi').isChecked()).toBe(true);
    expect(await visibleRows(page)).toEqual(CHANGES);
    expect(await page.locator('.vrow__old').first().isVisible()).toBe(false);
    expect(await inView(page, 'moi-dieu-3__khoan-1')).toBe(true);
    expect(await counter(page)).toBe('Thay đổi 5/7');
    await page.keyboard.press('n');
    expect(await focusedId(page)).toBe('moi-dieu-4__doan-1');
    await page.close();
  });

  it('works from the keyboard alone, with a visible focus', async () => {
    const page = await context.newPage();
    await page.goto(url);
    const tabTo = async (name: string) => {
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        if ((await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.closest('label')?.textContent?.trim() ?? document.activeElement?.textContent?.trim())) === name) return;
      }
      throw new Error(`Tab không tới được "${name}"`);
    };
    await tabTo('Hai cột');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    await page.keyboard.press('ArrowRight');
    expect(await page.getByLabel('Một cột').isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    expect(await page.getByLabel('Chỉ hiện thay đổi').isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.replace(/\s+/g, ' ').trim())).toBe('Thay đổi sau n →');
    await page.keyboard.press('Enter');
    expect(await focusedId(page)).toBe(CHANGES[0]);
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    expect(new URL(page.url()).search).toBe('?xem=mot-cot&loc=thay-doi');
    await page.close();
  });

  it('reads on a 360 px phone without sideways scrolling', async () => {
    const phone = await browser().newContext({ locale: 'vi-VN', viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const page = await phone.newPage();
    await page.goto(url);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await page.locator('#moi-dieu-2__khoan-3 .vrow__old .side-name').isVisible()).toBe(true);
    await phone.close();
  });
});
