/** Two documents side by side (Điện Biên regulation and Lào Cai directive), in headless Chromium. */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';

const url = `${inject('baseUrl')}so-sanh/quy-dinh-neu-guong-dien-bien/chi-thi-ky-luat-hanh-chinh-lao-cai/`;
const browser = useBrowser();
const newPage = async () => (await browser().newContext({ locale: 'vi-VN', viewport: { width: 1280, height: 800 } })).newPage();

const inView = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.top >= 0 && box.top < window.innerHeight;
  });

describe('two documents side by side', () => {
  it('a band of the picture leads to its pair of passages, shown side by side', async () => {
    const page = await newPage();
    await page.goto(url);
    const band = page.getByRole('link', { name: /^Khoản 4 Điều 2 \(Điện Biên\) và Đoạn 3 điểm 1 \(Lào Cai\): độ tương đồng/ });
    await band.click();
    expect(new URL(page.url()).hash).toBe('#a-dieu-2__khoan-4');
    expect(await inView(page, '#a-dieu-2__khoan-4')).toBe(true);
    expect(await inView(page, '#b-diem-1__doan-3')).toBe(true);
    const [left, right] = await Promise.all(['#a-dieu-2__khoan-4', '#b-diem-1__doan-3'].map((s) => page.locator(s).evaluate((el) => el.getBoundingClientRect().top)));
    expect(left).toBe(right);
    expect(await page.locator('#a-dieu-2__khoan-4 mark.shared').allTextContents()).toContain('rõ người, rõ việc, rõ thời gian, rõ trách nhiệm, rõ');
    await page.context().close();
  });

  it('a bar of a passage only Điện Biên has leads to the list "Chỉ có ở Điện Biên"', async () => {
    const page = await newPage();
    await page.goto(url);
    await page.getByRole('link', { name: 'Điện Biên: Khoản 6 Điều 3, không có đoạn tương ứng' }).click();
    expect(await inView(page, '#a-dieu-3__khoan-6')).toBe(true);
    expect(await page.locator('#a-dieu-3__khoan-6').evaluate((el) => el.closest('section')!.querySelector('h2')!.textContent)).toMatch(/^Chỉ có ở Điện Biên/);
    await page.context().close();
  });

  it('the picture can be skipped, or walked through, from the keyboard, with a visible focus', async () => {
    const page = await newPage();
    await page.goto(url);
    let name = '';
    for (let i = 0; i < 40 && name !== 'Bỏ qua hình, tới danh sách cặp đoạn'; i++) {
      await page.keyboard.press('Tab');
      name = await page.evaluate(() => document.activeElement?.textContent ?? '');
    }
    expect(await page.locator('.skip-figure').isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement!;
      return { inSvg: !!el.closest('svg.ribbon'), stroke: getComputedStyle(el.querySelector('path, rect')!).strokeWidth };
    });
    expect(focused.inSvg).toBe(true);
    expect(focused.stroke).toBe('3px');
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toMatch(/^#a-/);
    await page.context().close();
  });
});
