/** After one visit, the site opens without a network: cadres in districts with poor connectivity. */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { DIST } from '../support/paths.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('offline reading', () => {
  it('caches the site on the first visit, then opens any document and searches offline', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(baseUrl);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      // Installed means every listed file is in the cache.
      return registration.active?.state;
    });
    await context.setOffline(true);
    await page.goto(`${baseUrl}van-ban/quy-che-lam-viec-tinh-uy-dien-bien/#dieu-23`);
    expect(await page.locator('h1.doc-title').textContent()).toContain('QUY CHẾ LÀM VIỆC');
    expect(await page.locator('#dieu-23').count()).toBe(1);
    // Its styles and fonts come from the cache too.
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('Be Vietnam Pro');
    expect(await page.evaluate(() => document.fonts.check('16px "Be Vietnam Pro"', 'Điều'))).toBe(true);
    await page.goto(`${baseUrl}khong-co-trang-nay/`);
    expect(await page.locator('h1').textContent()).toBe('Không tìm thấy trang');
    // Search runs offline too: its code, WebAssembly and index were cached on the first visit.
    await page.goto(`${baseUrl}tim-kiem/?q=${encodeURIComponent('chay chuc chay quyen')}`);
    await page.locator('.search-page-results .search-result-path', { hasText: 'Quy định nêu gương (Điện Biên) › Điều 3 › Khoản 6' }).waitFor({ timeout: 20_000 });
    await context.close();
  });

  it('offers a web app manifest whose paths follow the site', async () => {
    const manifest = JSON.parse(readFileSync(`${DIST}manifest.webmanifest`, 'utf8')) as { start_url: string; lang: string; icons: Array<{ src: string }> };
    expect(manifest.start_url).toBe('/');
    expect(manifest.lang).toBe('vi');
    for (const icon of manifest.icons) expect(readFileSync(`${DIST}${icon.src.slice(1)}`).length).toBeGreaterThan(100);
  });
});
