/** Searching as a cadre on a phone or a trainer at a desk does, in headless Chromium. */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

async function newPage(width = 1280): Promise<Page> {
  const context = await browser().newContext({ locale: 'vi-VN', viewport: { width, height: 900 } });
  return context.newPage();
}

const resultPaths = (page: Page, scope: string) => page.locator(`${scope} .search-result-path`).allTextContents();
/** Searching loads Pagefind and its index on first use: give it time on a loaded 2-core machine. */
const poll = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 15_000 });

describe('search', () => {
  it('"ro nguoi ro viec" in the header box finds the clause in the Lào Cai directive and in the Điện Biên regulation', async () => {
    const page = await newPage();
    await page.goto(baseUrl);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
    await page.keyboard.type('ro nguoi ro viec');
    await poll(() => resultPaths(page, '.search-panel')).toEqual(
      expect.arrayContaining(['Chỉ thị kỷ luật hành chính (Lào Cai) › Điểm 1 › Đoạn 3', 'Quy định nêu gương (Điện Biên) › Điều 2 › Khoản 4']),
    );
    const first = await resultPaths(page, '.search-panel');
    expect(first.slice(0, 2).sort()).toEqual(['Chỉ thị kỷ luật hành chính (Lào Cai) › Điểm 1 › Đoạn 3', 'Quy định nêu gương (Điện Biên) › Điều 2 › Khoản 4']);
    await page.context().close();
  });

  it('opening a result lands on its clause with the query words highlighted', async () => {
    const page = await newPage();
    await page.goto(baseUrl);
    await page.locator('#site-search-input').fill('ro nguoi ro viec');
    const link = page.locator('.search-panel a.search-result', { hasText: 'Quy định nêu gương (Điện Biên) › Điều 2 › Khoản 4' });
    await link.click();
    await page.waitForURL(/quy-dinh-neu-guong-dien-bien\/\?tu-khoa=ro\+nguoi\+ro\+viec#dieu-2__khoan-4$/);
    const clause = page.locator('#dieu-2__khoan-4');
    await poll(() => clause.locator('mark.search-hit').count()).toBeGreaterThanOrEqual(4);
    const marked = (await clause.locator('mark.search-hit').allTextContents()).map((w) => w.toLowerCase());
    expect(new Set(marked)).toEqual(new Set(['rõ', 'người', 'việc']));
    expect(await clause.evaluate((el) => el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().top < window.innerHeight)).toBe(true);
    // Marks are only in the clause searched for, and can be taken away.
    expect(await page.locator('#dieu-2__khoan-5 mark.search-hit').count()).toBe(0);
    await page.getByRole('button', { name: 'Bỏ tô sáng' }).click();
    expect(await page.locator('mark.search-hit').count()).toBe(0);
    expect(page.url()).toMatch(/quy-dinh-neu-guong-dien-bien\/#dieu-2__khoan-4$/);
    await page.context().close();
  });

  it('filters by province on the search page, with counts, and keeps the state in a shareable URL', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}tim-kiem/?q=${encodeURIComponent('ro nguoi ro viec')}`);
    await poll(() => resultPaths(page, '.search-page-results')).toContain('Quy định nêu gương (Điện Biên) › Điều 2 › Khoản 4');
    expect(await page.getByLabel(/^Lào Cai \(1\)$/).count()).toBe(1);
    await page.getByLabel(/^Lào Cai \(\d+\)$/).check();
    const onlyLaoCai = async () => {
      const paths = await resultPaths(page, '.search-page-results');
      return paths.length > 0 && paths.every((p) => p.startsWith('Chỉ thị kỷ luật hành chính (Lào Cai)'));
    };
    await poll(onlyLaoCai).toBe(true);
    const paths = await resultPaths(page, '.search-page-results');
    expect(paths).toContain('Chỉ thị kỷ luật hành chính (Lào Cai) › Điểm 1 › Đoạn 3');
    expect(page.url()).toContain('tinh=L%C3%A0o+Cai');
    // The shared URL restores the same view.
    const again = await newPage();
    await again.goto(page.url());
    await poll(() => resultPaths(again, '.search-page-results')).toEqual(paths);
    expect(await again.getByLabel(/^Lào Cai \(\d+\)$/).isChecked()).toBe(true);
    await page.context().close();
    await again.context().close();
  });

  it('opening a search link on a phone does not make the page jump while results and counts arrive', async () => {
    const page = await newPage(412);
    // Sum of layout-shift scores, as Core Web Vitals counts them (shifts right after input excluded).
    await page.addInitScript(() => {
      (window as unknown as { shift: number }).shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
          if (!entry.hadRecentInput) (window as unknown as { shift: number }).shift += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${baseUrl}tim-kiem/?q=${encodeURIComponent('ro nguoi ro viec')}`);
    await poll(() => resultPaths(page, '.search-page-results')).toContain('Quy định nêu gương (Điện Biên) › Điều 2 › Khoản 4');
    expect(await page.getByLabel(/^Lào Cai \(1\)$/).count()).toBe(1);
    await page.waitForTimeout(300);
    // 0.1 is the line between a "good" and a "needs improvement" layout shift score.
    expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBeLessThan(0.1);
    await page.context().close();
  });

  it('works from the keyboard alone: arrows through results, Enter opens, Escape closes', async () => {
    const page = await newPage();
    await page.goto(baseUrl);
    await page.keyboard.press('/');
    await page.keyboard.type('chay chuc chay quyen');
    await page.locator('.search-panel .search-results[data-query="chay chuc chay quyen"]').waitFor({ timeout: 15_000 });
    expect(await page.locator('.search-panel .search-result').count()).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('ArrowDown');
    const firstHref = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
    await page.keyboard.press('ArrowDown');
    const secondHref = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
    expect(secondHref).not.toBe(firstHref);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
    await page.keyboard.press('Escape');
    expect(await page.locator('.search-panel').isVisible()).toBe(false);
    await page.keyboard.type(' ');
    await poll(() => page.locator('.search-panel').isVisible()).toBe(true);
    await poll(() => page.locator('.search-panel .search-status').textContent()).toMatch(/đoạn khớp/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/tu-khoa=/);
    expect(page.url()).toContain(firstHref!.split('#')[1]!);
    await page.context().close();
  });

  it('finds a clause typed on a phone without diacritics, and loads search code only then', async () => {
    const page = await newPage(360);
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
    await page.goto(`${baseUrl}van-ban/quy-che-lam-viec-tinh-uy-dien-bien/`);
    expect(scripts.some((s) => s.includes('pagefind'))).toBe(false);
    await page.locator('#site-search-input').fill('lay phieu tin nhiem');
    await poll(() => resultPaths(page, '.search-panel')).toContain('Quy chế làm việc Tỉnh ủy (Điện Biên) › Điều 2 › Khoản 3 › Gạch đầu dòng thứ 11');
    expect(scripts.some((s) => s.includes('pagefind'))).toBe(true);
    await page.context().close();
  });
});
