/**
 * Every built page, loaded once per viewport and scheme, under the site's security policy, and
 * on each load the checks that concern it (test/support/page-walk.ts):
 * - policy (Promise 6): no Content-Security-Policy violation, no request to another origin, no
 *   uncaught error, the first unit's tools and citation panel used where there are any;
 * - axe: no WCAG 2.2 A or AA violation, on every route's pages (up to four of each, largest
 *   first), wide and phone-sized, and wide in the dark scheme (colours are the part a scheme changes);
 * - Tab: on the same pages, wide, Tab reaches every control a mouse could use, and each shows a
 *   visible focus indicator when it gets there.
 * One test per load, each with its own time limit (comparison pages are long); a failure names
 * the page, the viewport and the check. Loads run side by side, each in its own context: one
 * waits on the browser while the other uses the second core (the site project's maxConcurrency).
 */
import { AxeBuilder } from '@axe-core/playwright';
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headerPolicy, SECURITY_HEADERS } from '../../src/lib/site/security-policy.ts';
import { useBrowser } from '../support/browser.ts';
import { AXE_TAGS, axeViolations, openFirstUnitTools, tabWalkProblems, watchPolicy } from '../support/page-walk.ts';
import { builtPages, pagesPerRoute } from '../support/pages.ts';
import { DIST, ROOT } from '../support/paths.ts';
import { serveStatic, type StaticSite } from '../support/static-server.ts';

const browser = useBrowser();
let site: StaticSite;

beforeAll(async () => {
  // Served the way deploy/nginx.conf serves it: the policy as a header as well as in each page.
  site = await serveStatic(DIST, '/', { 'Content-Security-Policy': headerPolicy(), ...SECURITY_HEADERS });
});

afterAll(async () => {
  await site?.close();
});

const VIEWS = [
  { label: 'desktop', viewport: { width: 1280, height: 900 }, colorScheme: 'light' },
  { label: 'phone', viewport: { width: 360, height: 740 }, colorScheme: 'light' },
  { label: 'desktop, dark', viewport: { width: 1280, height: 900 }, colorScheme: 'dark' },
] as const;

type Check = 'policy' | 'axe' | 'Tab';

/** The loads: every page wide and light; the pages of `pagesPerRoute` also phone-sized and dark. */
function loads(): { path: string; view: (typeof VIEWS)[number]; checks: Check[] }[] {
  const walked = new Set(pagesPerRoute());
  return VIEWS.flatMap((view) =>
    builtPages().flatMap((path) => {
      const checks: Check[] = view.label === 'desktop' ? ['policy', ...(walked.has(path) ? (['axe', 'Tab'] as const) : [])] : walked.has(path) ? ['policy', 'axe'] : [];
      return checks.length ? [{ path, view, checks }] : [];
    }),
  );
}

describe('every page, loaded once per viewport: the security policy, axe-core (WCAG 2.2 A/AA), Tab', () => {
  it('walks every page, and every route’s largest pages with axe and Tab', () => {
    const all = loads();
    expect(new Set(all.map((l) => l.path))).toEqual(new Set(builtPages()));
    expect(all.filter((l) => l.checks.includes('axe')).length).toBe(pagesPerRoute().length * VIEWS.length);
    expect(all.filter((l) => l.checks.includes('Tab')).length).toBe(pagesPerRoute().length);
  });

  it('has pages to check', () => {
    expect(builtPages().length).toBeGreaterThanOrEqual(7);
  });

  for (const { path, view, checks } of loads()) {
    it.concurrent(`${path || '/'} (${view.label}): ${checks.join(', ')}`, async ({ expect }) => {
      const context = await browser().newContext({ viewport: view.viewport, locale: 'vi-VN', colorScheme: view.colorScheme });
      try {
        const page = await context.newPage();
        const policy = await watchPolicy(page, new URL(site.url).origin);
        await page.goto(`${site.url}${path}`);
        const where = `${path || '/'} (${view.label})`;
        // axe first, on the page as it loaded; Tab next (it only moves focus); the unit's tools last, as they open a panel.
        if (checks.includes('axe')) expect.soft(await axeViolations(page), `${where} — axe: WCAG violations`).toEqual([]);
        if (checks.includes('Tab')) expect.soft(await tabWalkProblems(page), `${where} — Tab: controls unreached or without visible focus`).toEqual([]);
        if (view.label === 'desktop') await openFirstUnitTools(page);
        const { violations, outside, errors } = await policy.problems();
        expect.soft(violations, `${where} — policy: Content-Security-Policy violations`).toEqual([]);
        expect.soft(outside, `${where} — policy: requests to another origin`).toEqual([]);
        expect.soft(errors, `${where} — policy: uncaught errors`).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});

describe('accessibility of what opens on request', () => {
  it('shows the unit tools, once revealed, without violations either', async () => {
    const context = await browser().newContext({ locale: 'vi-VN' });
    const page = await context.newPage();
    await page.goto(`${site.url}van-ban/quy-che-lam-viec-tinh-uy-dien-bien/`);
    await page.locator('#dieu-1__khoan-1 > p').hover();
    await page.locator('#dieu-1__khoan-1 > .unit-tools button[data-action="cite"]').click();
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).include('#dieu-1__khoan-1').analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`shows the contents panel and a preview on a phone without violations (${colorScheme})`, async () => {
      const context = await browser().newContext({ locale: 'vi-VN', viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, colorScheme });
      const page = await context.newPage();
      await page.goto(`${site.url}van-ban/quy-che-lam-viec-tinh-uy-dien-bien/#dieu-5`);
      await page.getByRole('button', { name: /^Mục lục/ }).tap();
      const toc = await new AxeBuilder({ page }).withTags(AXE_TAGS).include('#muc-luc').analyze();
      await page.keyboard.press('Escape');
      await page.locator('[id="dieu-5__doan-1"] a.unit-ref').tap();
      await page.locator('#xem-truoc .ref-preview__text').first().waitFor();
      const preview = await new AxeBuilder({ page }).withTags(AXE_TAGS).include('#xem-truoc').analyze();
      await context.close();
      expect([...toc.violations, ...preview.violations].map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});

describe('security policy', () => {
  it('ships the same policy in every page, in _headers and in the nginx snippet', () => {
    const policy = headerPolicy();
    expect(readFileSync(`${DIST}_headers`, 'utf8')).toContain(`Content-Security-Policy: ${policy}`);
    expect(readFileSync(`${ROOT}deploy/nginx.conf`, 'utf8')).toContain(`add_header Content-Security-Policy "${policy}" always;`);
    for (const page of builtPages()) {
      const html = readFileSync(`${DIST}${page.endsWith('.html') ? page : `${page}index.html`}`, 'utf8');
      expect(html, page).toMatch(/<meta http-equiv="content-security-policy" content="[^"]*script-src 'self' 'wasm-unsafe-eval'/);
    }
  });

  it('runs a search, WebAssembly and all, under the policy', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(`${site.url}tim-kiem/?q=${encodeURIComponent('ro nguoi ro viec')}`);
    await page.locator('.search-page-results .search-result').first().waitFor({ timeout: 60_000 });
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    await context.close();
  });

  it('no built file points a browser at another origin, except plain outbound links', () => {
    const offenders: string[] = [];
    for (const path of builtPages()) {
      const html = readFileSync(`${DIST}${path.endsWith('.html') ? path : `${path}index.html`}`, 'utf8');
      for (const m of html.matchAll(/<(\w+)\b([^>]*?)\s(src|href|srcset|action|poster|data)="(https?:)?\/\/[^"]*"/g)) {
        const [tag, attrs] = [m[1]!, m[2]!];
        const outboundLink = tag === 'a' || (tag === 'link' && /rel="(canonical|alternate)"/.test(attrs));
        if (!outboundLink) offenders.push(`${path}: <${tag} ${m[3]}=…${m[0].slice(-60)}`);
      }
    }
    for (const file of readdirSync(DIST, { recursive: true }).map(String).filter((f) => /\.(css|js|mjs)$/.test(f))) {
      for (const m of readFileSync(`${DIST}${file}`, 'utf8').matchAll(/(?:url\(|import\(|from\s*)["']?(https?:)?\/\/[^"')\s]+/g)) offenders.push(`${file}: ${m[0]}`);
    }
    expect(offenders).toEqual([]);
  });
});
