/** axe-core on every route's pages (up to four of each, largest first), wide and phone-sized: no WCAG 2.2 A or AA violation. */
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
  for (const [label, viewport] of [
    ['desktop', { width: 1280, height: 900 }],
    ['phone', { width: 360, height: 740 }],
  ] as const) {
    for (const path of pagesPerRoute()) {
      it.concurrent(`${path || '/'} has no violation (${label})`, async ({ expect }) => {
        const context = await browser().newContext({ viewport, locale: 'vi-VN' });
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
});
