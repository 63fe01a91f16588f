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

describe('two documents side by side, on a phone', () => {
  const phone = async () => (await browser().newContext({ locale: 'vi-VN', viewport: { width: 390, height: 844 }, isMobile: true })).newPage();

  it('every side of every pair says which province and which document it is, where the column heads are gone', async () => {
    const page = await phone();
    await page.goto(url);
    expect(await page.locator('.pair--head').isVisible()).toBe(false);
    const sides = page.locator('.pair:not(.pair--head) .pair__side');
    const count = await sides.count();
    expect(count).toBeGreaterThan(10);
    const labels = await sides.evaluateAll((els) =>
      els.map((el) => {
        const doc = el.querySelector('.pair__doc') as HTMLElement;
        const box = doc.getBoundingClientRect();
        return { text: doc.innerText.trim(), shown: box.width > 0 && box.height > 0, left: el.closest('.pair__column') === el.closest('.pair')!.firstElementChild };
      }),
    );
    for (const l of labels) {
      expect(l.shown).toBe(true);
      expect(l.text).toBe(l.left ? 'Quy định nêu gương (Điện Biên)' : 'Chỉ thị kỷ luật hành chính (Lào Cai)');
    }
    // The two sides of a group stack: the Lào Cai passage comes below the Điện Biên one.
    const [top, below] = await Promise.all(['#a-dieu-2__khoan-4', '#b-diem-1__doan-3'].map((s) => page.locator(s).evaluate((el) => el.getBoundingClientRect().top)));
    expect(below).toBeGreaterThan(top!);
    await page.context().close();
  });

  it('the "Căn cứ" table says whose each cell is, and leads to the cited document’s page', async () => {
    const page = await phone();
    await page.goto(url);
    const row = page.locator('#can-cu ~ table tbody tr', { has: page.locator('th[scope=row]', { hasText: '144-QĐ/TW' }) });
    const cells = await row.locator('td').evaluateAll((tds) => tds.map((td) => getComputedStyle(td, '::before').content));
    expect(cells).toEqual(['"Điện Biên: "', '"Lào Cai: "']);
    await row.locator('th a').click();
    await page.waitForURL(/\/dan-chieu\/144-qd-tw-2024\/$/);
    expect(await page.locator('h1').innerText()).toMatch(/144-QĐ\/TW/);
    await page.context().close();
  });
});
