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
  it('keeps pages, their files and the search index on the first visit; pictures, data and old addresses stay online', () => {
    expect(precacheList(BUILT)).toEqual(['', '404.html', '_astro/style.abc.css', 'ngoai-tuyen/', 'ngoai-tuyen/anh/', 'pagefind/pagefind-entry.json', 'so-sanh/', 'van-ban/quy-che/', 'van-ban/quy-che/dieu-1/', 'van-ban/quy-che/don-vi.json']);
  });

  it('leaves source maps, every sitemap part and JPEGs online, keeps pages named only like an excluded one, reads Windows paths', () => {
    expect(precacheList(['_astro/a.js.map', 'sitemap-0.xml', 'og/anh.jpeg', 'og/quy-che/dieu-1.PNG'])).toEqual([]);
    expect(precacheList(['feedback/index.html', 'the-le/index.html', 'api-docs/index.html'])).toEqual(['api-docs/', 'feedback/', 'the-le/']);
    expect(precacheList(['van-ban\\quy-che\\index.html', 'api\\documents.json'])).toEqual(['van-ban/quy-che/']);
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
