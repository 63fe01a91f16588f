/**
 * deploy/nginx.conf as an operator uses it: a build under /so-tay/ in a real nginx. Every
 * response gets its type, the security headers and a cache rule; the 404 page says 404; pages,
 * search and offline reading work there as they do under astro preview.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../src/lib/routes.ts';
import { headerPolicy, SECURITY_HEADERS } from '../../src/lib/site/security-policy.ts';
import { useBrowser } from '../support/browser.ts';
import { sharedBuildSite } from '../support/build.ts';
import { serveWithNginx } from '../support/nginx.ts';
import { readOffline } from '../support/offline.ts';
import type { StaticSite } from '../support/static-server.ts';

const browser = useBrowser();
let site: StaticSite;
let assets: string[];

beforeAll(async () => {
  // Every card carries its permalink: cold, a build under another base renders them all again.
  // build-checks checks the same build's links and output: it is built once for both.
  const build = sharedBuildSite({ SITE_BASE: '/so-tay/' }, 900_000);
  if (!build.ok) throw new Error(build.output);
  assets = readdirSync(`${build.outDir}_astro`);
  // Pagefind ships its WebAssembly gzipped under another name; a .wasm file must still be application/wasm.
  writeFileSync(`${build.outDir}probe.wasm`, Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
  site = await serveWithNginx(build.outDir);
}, 960_000);

afterAll(async () => {
  await site?.close();
});

const get = (path: string) => fetch(`${site.url}${path}`, { redirect: 'manual', headers: { 'accept-encoding': 'gzip' } });
const asset = (ext: string) => `_astro/${assets.find((f) => f.endsWith(ext))}`;

describe('deploy/nginx.conf in nginx', () => {
  it('serves each kind of file with its type, gzipped where it is text', async () => {
    const expected: Array<[string, string]> = [
      ['', 'text/html; charset=utf-8'],
      [routes.document('quy-dinh-neu-guong-dien-bien'), 'text/html; charset=utf-8'],
      [asset('.css'), 'text/css; charset=utf-8'],
      [asset('.js'), 'application/javascript; charset=utf-8'],
      [asset('.woff2'), 'font/woff2'],
      ['probe.wasm', 'application/wasm'],
      [routes.asset.favicon(), 'image/svg+xml; charset=utf-8'],
      [routes.asset.manifest(), 'application/manifest+json; charset=utf-8'],
      [routes.api.documents(), 'application/json; charset=utf-8'],
      [routes.card('quy-dinh-neu-guong-dien-bien', 'dieu-1'), 'image/png'],
    ];
    for (const [path, type] of expected) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toBe(type);
    }
    expect((await get('')).headers.get('content-encoding')).toBe('gzip');
  });

  it('sends the security headers and a cache rule with every response, assets and errors included', async () => {
    const cases: Array<[string, number, string]> = [
      ['', 200, 'no-cache'],
      [routes.document('huong-dan-neu-guong'), 200, 'no-cache'],
      [routes.asset.serviceWorker(), 200, 'no-cache'],
      [routes.asset.manifest(), 200, 'no-cache'],
      [asset('.css'), 200, 'public, max-age=31536000, immutable'],
      [asset('.js'), 200, 'public, max-age=31536000, immutable'],
      [asset('.woff'), 200, 'public, max-age=31536000, immutable'],
      ['khong-co-trang-nay/', 404, 'no-cache'],
      ['_astro/khong-co.js', 404, 'no-cache'],
      [routes.document('huong-dan-neu-guong').replace(/\/$/, ''), 301, 'no-cache'],
    ];
    for (const [path, status, cache] of cases) {
      const res = await get(path);
      expect(res.status, path).toBe(status);
      expect(res.headers.get('cache-control'), path).toBe(cache);
      expect(res.headers.get('content-security-policy'), path).toBe(headerPolicy());
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(res.headers.get(name), `${path} ${name}`).toBe(value);
    }
  });

  it('answers a missing page with the site 404 page and status 404, and keeps redirects under /so-tay/', async () => {
    const missing = await get('van-ban/khong-co/');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('<h1>Không tìm thấy trang</h1>');
    expect((await get(routes.document('huong-dan-neu-guong').replace(/\/$/, ''))).headers.get('location')).toBe(`/so-tay/${routes.document('huong-dan-neu-guong')}`);
    const bare = await fetch(site.url.replace(/\/$/, ''), { redirect: 'manual' });
    expect([bare.status, bare.headers.get('location')]).toEqual([301, '/so-tay/']);
  });

  it('shows a document and runs a search with no policy violation and no failed request', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(r.url()));
    page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
    await page.addInitScript(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(`${site.url}${routes.document('quy-dinh-neu-guong-dien-bien')}`, { waitUntil: 'networkidle' });
    expect(await page.locator('h1.doc-title').count()).toBe(1);
    await page.goto(`${site.url}${routes.search('ro nguoi ro viec')}`);
    await page.locator('.search-page-results .search-result').first().waitFor({ timeout: 20_000 });
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    expect(failed).toEqual([]);
    await context.close();
  });

  it('reads offline after one visit', async () => {
    await readOffline(browser(), site.url);
  });
});
