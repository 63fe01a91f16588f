/** What the service worker keeps for offline reading (src/lib/site/offline.ts), from a build's file list. */
import { describe, expect, it } from 'vitest';
import { keptWhenVisited, precacheList, serviceWorkerPlan } from '../../src/lib/site/offline.ts';

const BUILT = [
  'index.html',
  '404.html',
  'van-ban/quy-che/index.html',
  'van-ban/quy-che/dieu-1/index.html',
  'van-ban/quy-che/don-vi.json',
  'so-sanh/index.html',
  'so-sanh/quy-che/chi-thi/index.html',
  'ngoai-tuyen/index.html',
  'ngoai-tuyen/anh/index.html',
  'trich-dan/01-kl-tw-2021/index.html',
  'the/quy-che/dieu-1.png',
  'og/quy-che.png',
  'api/documents.json',
  'feed.xml',
  'feed/dien-bien.xml',
  'sitemap-index.xml',
  'robots.txt',
  '_headers',
  'sw.js',
  '_astro/style.abc.css',
  'pagefind/pagefind-entry.json',
];


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

  it('keeps pages, their files and the search index on the first visit; pictures, data and old addresses stay online', () => {
    expect(precacheList(BUILT)).toEqual(['', '404.html', '_astro/style.abc.css', 'ngoai-tuyen/', 'ngoai-tuyen/anh/', 'pagefind/pagefind-entry.json', 'so-sanh/', 'van-ban/quy-che/', 'van-ban/quy-che/dieu-1/', 'van-ban/quy-che/don-vi.json']);
  });

  it('keeps a pair comparison only once it is visited', () => {
    expect(keptWhenVisited(BUILT)).toEqual(['so-sanh/quy-che/chi-thi/']);
  });

  it('tells the service worker which offline page answers a page, an image and data, each of them cached', () => {
    const plan = serviceWorkerPlan(BUILT);
    expect(plan.answers).toMatchObject({ page: { path: 'ngoai-tuyen/' }, image: { path: 'ngoai-tuyen/anh/' }, data: { path: 'ngoai-tuyen/du-lieu/' } });
    const image = new RegExp(plan.patterns.image!, 'i');
    const data = new RegExp(plan.patterns.data!, 'i');
    expect(['the/quy-che/dieu-1.png', 'og/quy-che.PNG'].every((p) => image.test(p))).toBe(true);
    expect(['api/documents.json', 'feed.xml'].every((p) => data.test(p))).toBe(true);
    expect(image.test('van-ban/quy-che/') || data.test('van-ban/quy-che/')).toBe(false);
    expect(plan.moved).toEqual({ 'trich-dan': 'dan-chieu' });
  });
});
