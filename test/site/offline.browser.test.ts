/** After one visit, the site opens without a network: cadres in districts with poor connectivity. */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { astroPreview } from '../support/astro-preview.ts';
import { useBrowser } from '../support/browser.ts';
import { readOffline } from '../support/offline.ts';
import { DIST } from '../support/paths.ts';
import type { StaticSite } from '../support/static-server.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
let preview: StaticSite;

beforeAll(async () => {
  preview = await astroPreview();
});

afterAll(async () => {
  await preview?.close();
});

describe('offline reading', () => {
  // astro preview (npm start) sends `Vary: Origin`; the static server gzips with `Vary: Accept-Encoding`.
  it('works under astro preview, as npm start serves the site', async () => {
    await readOffline(browser(), preview.url);
  });

  it('works under a plain static server', async () => {
    await readOffline(browser(), baseUrl);
  });

  it('offers a web app manifest whose paths follow the site', async () => {
    const manifest = JSON.parse(readFileSync(`${DIST}manifest.webmanifest`, 'utf8')) as { start_url: string; lang: string; icons: Array<{ src: string }> };
    expect(manifest.start_url).toBe('/');
    expect(manifest.lang).toBe('vi');
    for (const icon of manifest.icons) expect(readFileSync(`${DIST}${icon.src.slice(1)}`).length).toBeGreaterThan(100);
  });
});
