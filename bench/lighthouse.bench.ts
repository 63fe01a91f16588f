/**
 * Lighthouse (mobile profile, its default) on one page of each type, driving Debian's
 * Chromium, over the built site served locally. Prints the four category scores.
 */
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { headerPolicy, SECURITY_HEADERS } from '../src/lib/site/security-policy.ts';
import { serveStatic } from '../test/support/static-server.ts';
import type { Bench } from './run.ts';
import { DIST, ensureBuild } from './support.ts';

const PAGES: Array<[string, string]> = [
  ['trang chủ', ''],
  ['văn bản (Quy chế)', 'van-ban/quy-che-lam-viec-tinh-uy-dien-bien/'],
  ['văn bản (Quy định)', 'van-ban/quy-dinh-neu-guong-dien-bien/'],
  ['tìm kiếm', 'tim-kiem/?q=ro+nguoi+ro+viec'],
  ['so sánh', 'so-sanh/quy-dinh-neu-guong-dien-bien/chi-thi-ky-luat-hanh-chinh-lao-cai/'],
];

const bench: Bench = {
  title: 'Lighthouse scores (mobile): Performance, Accessibility, Best Practices, SEO',
  async run() {
    ensureBuild();
    // Served as deploy/nginx.conf serves it: gzip, long-lived assets, the security headers.
    const site = await serveStatic(DIST, '/', { 'Content-Security-Policy': headerPolicy(), ...SECURITY_HEADERS });
    const chrome = await chromeLauncher.launch({
      chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      console.log('   page                     Perf  A11y  BP    SEO');
      for (const [label, path] of PAGES) {
        const file = path.split('?')[0]!;
        if (!existsSync(`${DIST}${file}index.html`)) {
          console.log(`   ${label.padEnd(24)} (chưa có trang ${file})`);
          continue;
        }
        const result = await lighthouse(`${site.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
        const c = result!.lhr.categories;
        const score = (k: string) => String(Math.round((c[k]?.score ?? 0) * 100)).padEnd(6);
        console.log(`   ${label.padEnd(24)} ${score('performance')}${score('accessibility')}${score('best-practices')}${score('seo')}`);
        for (const [id, audit] of Object.entries(result!.lhr.audits)) {
          if (audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'notApplicable' && audit.scoreDisplayMode !== 'manual') {
            console.log(`      · ${id}: ${audit.title} (${audit.displayValue ?? audit.score})`);
          }
        }
      }
    } finally {
      chrome.kill();
      await site.close();
    }
  },
};

export default bench;
