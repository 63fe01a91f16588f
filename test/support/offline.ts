/**
 * Reading offline after one visit, as a cadre does in a meeting room with no network: the same
 * walk under every server the README names (astro preview, nginx with deploy/nginx.conf, a plain
 * static server), since each answers with different headers.
 */
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { OFFLINE_ANSWERS } from '../../src/lib/site/offline.ts';
import { routes } from '../../src/lib/routes.ts';
import { SLUGS } from './paths.ts';

const DOCUMENT = routes.document('quy-che-lam-viec-tinh-uy-dien-bien');
/** Comparison pages are kept only once visited: one visited online, one never. */
const VISITED_PAIR = routes.comparison('quy-dinh-neu-guong-dien-bien', 'huong-dan-neu-guong');
const UNVISITED_PAIR = routes.comparison('huong-dan-neu-guong', 'quy-dinh-neu-guong-dien-bien');

/** Opens the site once, online, and waits until the service worker has cached it and controls the page. */
async function firstVisit(page: Page, base: string): Promise<void> {
  await page.goto(base);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
  });
  expect((await page.goto(`${base}${VISITED_PAIR}`))?.status()).toBe(200);
}

export async function readOffline(browser: Browser, base: string): Promise<void> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await firstVisit(page, base);
  await context.setOffline(true);
  const failed: string[] = [];
  // ERR_ABORTED is a request the next navigation cancelled (a favicon still loading), not a miss.
  page.on('requestfailed', (r) => r.failure()?.errorText !== 'net::ERR_ABORTED' && failed.push(`${r.url()} ${r.failure()?.errorText}`));

  // A document page, its scripts (the unit tools open), its styles and both weights of its font.
  const doc = await page.goto(`${base}${DOCUMENT}#dieu-23`);
  expect(doc?.status()).toBe(200);
  expect(await page.locator('h1.doc-title').textContent()).toContain('QUY CHẾ LÀM VIỆC');
  await page.locator('#dieu-23').focus();
  await page.locator('.unit-tools:not([hidden]) button[data-action="cite"]').click();
  await page.locator('.unit-panel:not([hidden])').waitFor();
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('Be Vietnam Pro');
  for (const weight of ['400', '700']) {
    const faces = await page.evaluate((w) => document.fonts.load(`${w} 16px "Be Vietnam Pro"`, 'Điều').then((f) => f.map((x) => x.status)), weight);
    expect(faces.length, weight).toBeGreaterThan(0);
    expect(new Set(faces), weight).toEqual(new Set(['loaded']));
  }

  // Search: its code, WebAssembly and index were cached on the first visit.
  await page.goto(`${base}${routes.search('chay chuc chay quyen')}`);
  await page.locator('.search-page-results .search-result-path', { hasText: 'Quy định nêu gương (Điện Biên) › Điều 3 › Khoản 6' }).waitFor({ timeout: 20_000 });
  expect(failed).toEqual([]);

  // A comparison visited once opens; one never visited says so, lists what does open, and one of those opens.
  expect((await page.goto(`${base}${VISITED_PAIR}`))?.status()).toBe(200);
  const unvisited = await page.goto(`${base}${UNVISITED_PAIR}`);
  expect(unvisited?.status()).toBe(503);
  expect(await page.locator('h1').textContent()).toBe(OFFLINE_ANSWERS.page.title);
  const listed = await page.locator('.offline-pages a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const slug of Object.values(SLUGS)) expect(listed).toContain(new URL(routes.document(slug), base).pathname);
  await page.locator('.offline-pages a', { hasText: 'Tìm kiếm' }).click();
  await page.locator('#search-page-input').waitFor();
  expect(new URL(page.url()).pathname).toBe(new URL(routes.search(), base).pathname);

  // An old address of a moved section still leads on, to a page that is cached.
  await page.goto(`${base}trich-dan/01-kl-tw-2021/`);
  expect(new URL(page.url()).pathname).toBe(new URL(routes.cited('01-kl-tw-2021'), base).pathname);
  expect(await page.locator('h1').textContent()).toContain('01-KL/TW');

  // An address that does not exist is still "not found", with status 404.
  const missing = await page.goto(`${base}khong-co-trang-nay/`);
  expect(missing?.status()).toBe(404);
  expect(await page.locator('h1').textContent()).toBe('Không tìm thấy trang');

  // A card and the API are not kept: opened, they say what they are, not "page not found", and not 200.
  const card = await page.goto(`${base}${routes.card('quy-dinh-neu-guong-dien-bien', 'dieu-1')}`);
  expect(card?.status()).toBe(503);
  expect(await page.locator('h1').textContent()).toBe(OFFLINE_ANSWERS.image.title);
  const api = await page.goto(`${base}${routes.api.documents()}`);
  expect(api?.status()).toBe(503);
  expect(await page.locator('h1').textContent()).toBe(OFFLINE_ANSWERS.data.title);
  // Asked for by a script, the same answers in the type asked for.
  const fetched = await page.evaluate(
    async ([data, image]) => {
      const [d, i] = await Promise.all([fetch(data!), fetch(image!)]);
      return { data: [d.status, await d.json()], image: [i.status, await i.text()] };
    },
    [`${base}${routes.api.document('huong-dan-neu-guong')}`, `${base}${routes.ogImage('huong-dan-neu-guong')}`],
  );
  expect(fetched).toEqual({ data: [503, { error: OFFLINE_ANSWERS.data.title }], image: [503, OFFLINE_ANSWERS.image.title] });
  await context.close();
}
