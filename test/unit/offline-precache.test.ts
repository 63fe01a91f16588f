/** What the service worker keeps for offline reading (src/lib/site/offline.ts), from a build's file list. */
import { describe, expect, it } from 'vitest';
import { precacheList } from '../../src/lib/site/offline.ts';

describe('the offline copy', () => {
  it('keeps every page by the URL a reader opens, and what pages need to render and search', () => {
    const files = [
      'index.html',
      'van-ban/quy-che/index.html',
      'van-ban/quy-che/dieu-1/index.html',
      '404.html',
      '_astro/site.css',
      '_astro/unit-tools.js',
      'pagefind/pagefind.js',
      'pagefind/wasm.vi.pagefind',
      'fonts/be-vietnam-pro.woff',
      'manifest.webmanifest',
      'favicon.svg',
    ];
    expect(precacheList(files)).toEqual([
      '',
      '404.html',
      '_astro/site.css',
      '_astro/unit-tools.js',
      'favicon.svg',
      'fonts/be-vietnam-pro.woff',
      'manifest.webmanifest',
      'pagefind/pagefind.js',
      'pagefind/wasm.vi.pagefind',
      'van-ban/quy-che/',
      'van-ban/quy-che/dieu-1/',
    ]);
  });

  it('leaves pictures, feeds, the API, the sitemap, moved pages and the worker itself to the network', () => {
    const files = [
      'the/quy-che/dieu-1.png',
      'og/quy-che.png',
      'og/quy-che/dieu-1.PNG',
      'og/anh.jpeg',
      'feed.xml',
      'feed/dien-bien.xml',
      'api/documents.json',
      'api/van-ban/quy-che.json',
      'sitemap.xml',
      'sitemap-index.xml',
      'sitemap-0.xml',
      'robots.txt',
      '_headers',
      'sw.js',
      '_astro/unit-tools.js.map',
      'trich-dan/37-qd-tw-2021/index.html',
    ];
    expect(precacheList(files)).toEqual([]);
  });

  it('keeps a page whose name only starts like an excluded one', () => {
    expect(precacheList(['feedback/index.html', 'the-le/index.html', 'api-docs/index.html'])).toEqual(['api-docs/', 'feedback/', 'the-le/']);
  });

  it('reads Windows paths as URL paths', () => {
    expect(precacheList(['van-ban\\quy-che\\index.html', 'api\\documents.json'])).toEqual(['van-ban/quy-che/']);
  });
});
