/**
 * axe-core on every route's pages (up to four of each, largest first), wide and phone-sized, and
 * wide in the dark scheme (colours are the part a scheme changes): no WCAG 2.2 A or AA violation.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { pagesPerRoute } from '../support/pages.ts';

const baseUrl = inject('baseUrl');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const browser = useBrowser();

describe('accessibility (axe-core, WCAG 2.2 A/AA)', () => {
  // One test per page and viewport: comparison pages are long, and each gets its own time limit.
  // Pages run side by side, each in its own context: a page waits on the browser, the next one
  // uses the other core meanwhile (the site project's maxConcurrency says how many).
  for (const [label, viewport, colorScheme] of [
    ['desktop', { width: 1280, height: 900 }, 'light'],
    ['phone', { width: 360, height: 740 }, 'light'],
    ['desktop, dark', { width: 1280, height: 900 }, 'dark'],
  ] as const) {
    for (const path of pagesPerRoute()) {
      it.concurrent(`${path || '/'} has no violation (${label})`, async ({ expect }) => {
        const context = await browser().newContext({ viewport, locale: 'vi-VN', colorScheme });
        const page = await context.newPage();
        await page.goto(`${baseUrl}${path}`);
        const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        const found = results.violations.map((v) => `${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
        await context.close();
        expect(found).toEqual([]);
      });
    }
  }

  it('shows the unit tools, once revealed, without violations either', async () => {
    const context = await browser().newContext({ locale: 'vi-VN' });
    const page = await context.newPage();
    await page.goto(`${baseUrl}van-ban/quy-che-lam-viec-tinh-uy-dien-bien/`);
    await page.locator('#dieu-1__khoan-1 > p').hover();
    await page.locator('#dieu-1__khoan-1 > .unit-tools button[data-action="cite"]').click();
    const results = await new AxeBuilder({ page }).withTags(TAGS).include('#dieu-1__khoan-1').analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`shows the contents panel and a preview on a phone without violations (${colorScheme})`, async () => {
      const context = await browser().newContext({ locale: 'vi-VN', viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, colorScheme });
      const page = await context.newPage();
      await page.goto(`${baseUrl}van-ban/quy-che-lam-viec-tinh-uy-dien-bien/#dieu-5`);
      await page.getByRole('button', { name: /^Mục lục/ }).tap();
      const toc = await new AxeBuilder({ page }).withTags(TAGS).include('#muc-luc').analyze();
      await page.keyboard.press('Escape');
      await page.locator('[id="dieu-5__doan-1"] a.unit-ref').tap();
      await page.locator('#xem-truoc .ref-preview__text').first().waitFor();
      const preview = await new AxeBuilder({ page }).withTags(TAGS).include('#xem-truoc').analyze();
      await context.close();
      expect([...toc.violations, ...preview.violations].map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});
