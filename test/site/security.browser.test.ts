/**
 * Promise 6 and the security policy: every built page works under the site's
 * Content-Security-Policy with no violation, and no request leaves the site.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headerPolicy, SECURITY_HEADERS } from '../../src/lib/site/security-policy.ts';
import { useBrowser } from '../support/browser.ts';
import { builtPages } from '../support/pages.ts';
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

  it('has pages to check', () => {
    expect(builtPages().length).toBeGreaterThanOrEqual(7);
  });

  // One test per page, each with its own time limit: the share pages doubled their number.
  // Pages run side by side, each in its own context (the site project's maxConcurrency says how many).
  describe('every page loads and works with no policy violation and no request to another origin', () => {
    for (const path of builtPages()) {
      it.concurrent(path || '/', async ({ expect }) => {
        const origin = new URL(site.url).origin;
        const context = await browser().newContext();
        const page = await context.newPage();
        const outside: string[] = [];
        const errors: string[] = [];
        page.on('request', (req) => {
          const url = new URL(req.url());
          if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) outside.push(req.url());
        });
        page.on('pageerror', (e) => errors.push(e.message));
        await page.addInitScript(() => {
          (window as unknown as { violations: string[] }).violations = [];
          document.addEventListener('securitypolicyviolation', (e) =>
            (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`),
          );
        });
        await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
        // Use what the page offers: the first unit's tools, where there are any.
        const unit = page.locator('.doc-text .unit[id]').first();
        if (await unit.count()) {
          await unit.focus();
          await page.locator('.unit-tools:not([hidden]) button[data-action="cite"]').click();
          await page.locator('.unit-panel:not([hidden])').waitFor();
        }
        const violations = await page.evaluate(() => (window as unknown as { violations: string[] }).violations);
        expect(violations, path).toEqual([]);
        expect(outside, path).toEqual([]);
        expect(errors, path).toEqual([]);
        await context.close();
      });
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
