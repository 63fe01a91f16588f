/** Previews in place of internal references and citations, by tap, mouse and keyboard, in headless Chromium. */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
const REGULATION = `${baseUrl}van-ban/quy-dinh-neu-guong-dien-bien/`;
const RULES = `${baseUrl}van-ban/quy-che-lam-viec-tinh-uy-dien-bien/`;
const REF = '[id="dieu-5__doan-1"] a.unit-ref';

const browser = useBrowser();
let phone: BrowserContext;
let desk: BrowserContext;

beforeAll(async () => {
  phone = await browser().newContext({ locale: 'vi-VN', viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  desk = await browser().newContext({ locale: 'vi-VN', viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await phone.close();
  await desk.close();
});

const preview = (page: Page) => page.locator('#xem-truoc');
const peek = (page: Page) => page.locator(`${REF} + .ref-peek`);

describe('previews in place', () => {
  it('a tap on “Điều 4 của Quy chế này” shows Điều 4’s words under it, without leaving the place, and a tap elsewhere closes it', async () => {
    const page = await phone.newPage();
    await page.goto(`${RULES}#dieu-5`);
    const y = await page.evaluate(() => window.scrollY);
    await page.locator(REF).tap();
    await expect.poll(() => preview(page).locator('.ref-preview__title').textContent()).toBe('Điều 4');
    expect(new URL(page.url()).hash).toBe('#dieu-5');
    expect(await page.evaluate(() => window.scrollY)).toBe(y);
    // The words are Điều 4's own, as the page writes them.
    const first = await page.locator('[id="dieu-4__khoan-1"] > p').textContent();
    expect(await preview(page).locator('.ref-preview__text').allTextContents()).toContain(first);
    const [box, ref] = await Promise.all([preview(page).boundingBox(), page.locator(REF).boundingBox()]);
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    // Under the reference or, without room there, above it.
    expect(box!.y >= ref!.y + ref!.height - 1 || box!.y + box!.height <= ref!.y + 1).toBe(true);
    await page.locator('.doc-title').tap();
    expect(await preview(page).isVisible()).toBe(false);
    await page.locator(REF).tap();
    await preview(page).getByRole('link', { name: 'Đến Điều 4 trong văn bản' }).tap();
    await expect.poll(() => new URL(page.url()).hash).toBe('#dieu-4');
    await page.close();
  });

  it('is a disclosure from the keyboard: the button after the reference says collapsed or expanded, Tab goes in, Escape closes and comes back', async () => {
    const page = await desk.newPage();
    await page.goto(`${RULES}#dieu-5`);
    await page.locator(REF).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Xem trước: Điều 4 của Quy chế này');
    expect(await peek(page).getAttribute('aria-expanded')).toBe('false');
    expect(await peek(page).isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => preview(page).locator('.ref-preview__title').textContent()).toBe('Điều 4');
    expect(await peek(page).getAttribute('aria-expanded')).toBe('true');
    expect(await preview(page).getAttribute('aria-label')).toBe('Xem trước: Điều 4');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('#xem-truoc'))).toBe(true);
    await page.keyboard.press('Escape');
    expect(await preview(page).isVisible()).toBe(false);
    expect(await peek(page).getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('ref-peek'))).toBe(true);
    // Enter on the reference itself still follows it.
    await page.locator(REF).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).hash).toBe('#dieu-4');
    await page.close();
  });

  it('a citation shows the cited document’s facts and how often the library cites it, as its own page counts', async () => {
    const page = await phone.newPage();
    await page.goto(REGULATION);
    const cite = page.locator('.doc-text a.cite').first();
    const target = (await cite.getAttribute('href'))!;
    await cite.tap();
    await expect.poll(() => preview(page).locator('.ref-preview__count').textContent()).toMatch(/^Được dẫn chiếu \d+ lần trong \d+ văn bản/);
    expect(new URL(page.url()).pathname).toBe(new URL(REGULATION).pathname);
    const count = (await preview(page).locator('.ref-preview__count').textContent())!.match(/(\d+) lần/)![1];
    expect(await preview(page).locator('dt').allTextContents()).toEqual(expect.arrayContaining(['Loại văn bản', 'Số hiệu', 'Ngày ban hành']));
    await preview(page).getByRole('link', { name: 'Mở trang văn bản được dẫn chiếu' }).tap();
    await page.waitForURL((u) => u.pathname === target);
    expect(await page.locator('.cited-summary strong').textContent()).toBe(`${count} lần`);
    await page.close();
  });

  it('a mouse resting on a citation opens its preview, which stays while the mouse is in it and closes after it leaves', async () => {
    const page = await desk.newPage();
    await page.goto(REGULATION);
    await page.locator('.doc-text a.cite').first().hover();
    await preview(page).locator('.ref-preview__count').waitFor();
    await preview(page).locator('.ref-preview__count').hover();
    await page.waitForTimeout(600);
    expect(await preview(page).isVisible()).toBe(true);
    await page.mouse.move(5, 880);
    await expect.poll(() => preview(page).isVisible()).toBe(false);
    await page.close();
  });
});
