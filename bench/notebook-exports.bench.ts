/**
 * The notebook's exports in Chromium, over the built site: a 20-unit collection (five units from
 * each document, whole articles among them) imported from a notebook file, then exported as a
 * print view, a Word file and a PowerPoint deck. For each: the time from the click to the file
 * (or to the print dialog), the first time (its libraries fetched) and again (cached), and the
 * bytes it fetched (gzipped, as served).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { factCitation, unitParagraphs, type DocumentUnitFacts } from '../src/lib/model/unit-facts.ts';
import { notebookFile } from '../src/lib/notebook/file.ts';
import type { SavedUnit } from '../src/lib/notebook/notebook.ts';
import { launchBrowser } from '../test/support/browser.ts';
import { serveStatic } from '../test/support/static-server.ts';
import type { Bench } from './run.ts';
import { DIST, ensureBuild, kb } from './support.ts';

const SLUGS = ['quy-dinh-neu-guong-dien-bien', 'huong-dan-neu-guong', 'chi-thi-ky-luat-hanh-chinh-lao-cai', 'quy-che-lam-viec-tinh-uy-dien-bien'];

function collectionFile(): string {
  const units: SavedUnit[] = SLUGS.flatMap((slug) => {
    const facts = JSON.parse(readFileSync(`${DIST}van-ban/${slug}/don-vi.json`, 'utf8')) as DocumentUnitFacts;
    const step = Math.floor(facts.units.length / 5);
    return [0, 1, 2, 3, 4].map((k) => {
      const index = k * step + 1;
      const u = facts.units[index]!;
      return {
        key: `${slug}#${u.id}`,
        slug,
        eId: u.id,
        documentTitle: facts.title,
        label: u.label,
        citation: { written: factCitation(facts, u, 'written'), formal: factCitation(facts, u, 'formal') },
        paragraphs: unitParagraphs(facts, index),
        hash: u.hash,
        note: `Ghi chú cho ${u.label}: câu hỏi thảo luận.`,
        savedAt: '2026-12-01T08:00:00.000Z',
      };
    });
  });
  const now = new Date().toISOString();
  return JSON.stringify(notebookFile({ version: 1, current: 'bench', collections: [{ id: 'bench', title: 'Bài giảng 20 đơn vị', units, createdAt: now }] }, now));
}

const bench: Bench = {
  title: 'notebook exports of a 20-unit collection: time to the file, first and cached, and the bytes each loads',
  async run() {
    ensureBuild();
    const file = join(tmpdir(), 'so-tay-bench-20.json');
    writeFileSync(file, collectionFile());
    const site = await serveStatic(DIST, '/');
    const browser = await launchBrowser();
    try {
      console.log('   export        first      again (median of 3)   fetched for it (gzip)');
      for (const format of ['print', 'docx', 'pptx']) {
        // A fresh browser profile for each: what that export alone loads.
        const context = await browser.newContext({ acceptDownloads: true, serviceWorkers: 'block' });
        const page = await context.newPage();
        const fetched: string[] = [];
        page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
        await page.goto(`${site.url}so-tay-cua-toi/`);
        await page.locator('.notebook[data-ready]').waitFor();
        await page.locator('#nhap-tep').setInputFiles(file);
        await page.locator('.notebook-unit').nth(19).waitFor();
        await page.evaluate(() => {
          window.print = () => void ((window as unknown as { printed: number }).printed = performance.now());
        });
        const once = async () => {
          const start = Date.now();
          if (format === 'print') {
            await page.evaluate(() => delete (window as unknown as { printed?: number }).printed);
            await page.locator('[data-export="print"]').click();
            await page.waitForFunction(() => (window as unknown as { printed?: number }).printed !== undefined, null, { timeout: 120_000 });
          } else {
            await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.locator(`[data-export="${format}"]`).click()]);
          }
          return Date.now() - start;
        };
        fetched.length = 0;
        const first = await once();
        const files = [...new Set(fetched)].filter((p) => !p.endsWith('/'));
        const bytes = files.reduce((n, p) => {
          const data = readFileSync(`${DIST}${p.slice(1)}`);
          return n + (/\.(woff2?|png)$/.test(p) ? data.length : gzipSync(data, { level: 9 }).length);
        }, 0);
        const again = [await once(), await once(), await once()].sort((a, b) => a - b)[1]!;
        console.log(`   ${format.padEnd(12)}  ${`${first} ms`.padEnd(9)}  ${`${again} ms`.padEnd(20)}  ${kb(bytes)} (${files.length} files)`);
        await context.close();
      }
    } finally {
      await browser.close();
      await site.close();
    }
  },
};

export default bench;
