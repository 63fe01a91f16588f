/**
 * The built Atom feeds: valid, one entry per document linking to its page, one feed per
 * province; and across two builds, ids that stay and an `updated` that moves only for the
 * document whose source bytes changed (and re-imported, as a maintainer would).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { atomProblems } from '../support/atom.ts';
import { buildSite } from '../support/build.ts';
import { DIST, DOCUMENTS, ROOT, SLUGS, SOURCES } from '../support/paths.ts';
import { readPage } from '../support/site.ts';

const SITE = 'http://localhost:4321/';
const feedOf = (dist: string, path = 'feed.xml') => readFileSync(`${dist}${path}`, 'utf8');
/** Each entry's XML by its id. */
const entries = (xml: string) => new Map([...xml.matchAll(/<entry><id>([^<]+)<\/id>.*?<\/entry>/gs)].map((m) => [m[1]!, m[0]]));

describe('the built feeds', () => {
  it('/feed.xml is valid Atom with one entry per document, each linking to its built page', () => {
    const xml = feedOf(DIST);
    expect(atomProblems(xml)).toEqual([]);
    const feed = parseFeed(xml);
    expect(feed.items).toHaveLength(Object.keys(SLUGS).length);
    expect(feed.self).toBe(`${SITE}feed.xml`);
    for (const item of feed.items) {
      expect(item.url!.startsWith(SITE)).toBe(true);
      expect(existsSync(`${DIST}${item.url!.slice(SITE.length)}index.html`), item.url!).toBe(true);
    }
    expect(feed.items.map((i) => i.url).sort()).toEqual(Object.values(SLUGS).map((s) => `${SITE}van-ban/${s}/`).sort());
  });

  it('has one valid feed per province, and one for the texts that name none', () => {
    const counts = Object.fromEntries(
      readdirSync(`${DIST}feed/`).map((f) => {
        const xml = feedOf(DIST, `feed/${f}`);
        expect(atomProblems(xml), f).toEqual([]);
        return [f, parseFeed(xml).items.length];
      }),
    );
    expect(counts).toEqual({ 'dien-bien.xml': 2, 'lao-cai.xml': 1, 'khong-ghi-tinh.xml': 1 });
    // A document's entry is the same in its province's feed as in the library's.
    const all = entries(feedOf(DIST));
    for (const [id, xml] of entries(feedOf(DIST, 'feed/lao-cai.xml'))) expect(xml).toBe(all.get(id));
  });
});

describe('the feed across two builds', { timeout: 600_000 }, () => {
  let before: string;
  let after: string;
  let rebuilt: string;

  beforeAll(() => {
    before = feedOf(DIST);
    // A maintainer's day: the guideline's source file changes by one byte, then "npm run import".
    const work = mkdtempSync(join(tmpdir(), 'so-tay-feed-'));
    const sources = join(work, 'sources');
    const documents = join(work, 'documents');
    cpSync(SOURCES, sources, { recursive: true });
    cpSync(DOCUMENTS, documents, { recursive: true });
    const source = join(sources, '001_53aca9755fa8ba25.txt');
    writeFileSync(source, `${readFileSync(source, 'utf8')}\n`);
    const imported = spawnSync(process.execPath, ['scripts/import.ts'], {
      cwd: ROOT,
      env: { ...process.env, SOURCES_DIR: sources, DOCUMENTS_DIR: documents },
      encoding: 'utf8',
    });
    expect(imported.status, imported.stderr).toBe(0);
    const build = buildSite({ DOCUMENTS_DIR: documents });
    expect(build.ok, build.output).toBe(true);
    rebuilt = build.outDir;
    after = feedOf(rebuilt);
  }, 600_000);

  it('keeps every entry’s id, and is still valid', () => {
    expect(atomProblems(after)).toEqual([]);
    expect([...entries(after).keys()].sort()).toEqual([...entries(before).keys()].sort());
  });

  it('changes the changed document’s `updated`, and nothing in any other entry', () => {
    const a = entries(before);
    const b = entries(after);
    const changed = [...b.keys()].filter((id) => a.get(id) !== b.get(id));
    expect(changed).toHaveLength(1);
    const [id] = changed;
    const item = (xml: string) => parseFeed(xml).items.find((i) => i.id === id)!;
    expect(item(after).url).toBe(`${SITE}van-ban/huong-dan-neu-guong/`);
    expect(item(after).updated!.getTime()).toBeGreaterThan(item(before).updated!.getTime());
    expect(item(after).published).toEqual(item(before).published);
    // Only the dates and what the summary says of them differ.
    const strip = (xml: string) => xml.replace(/<updated>[^<]*<\/updated>/, '').replace(/<summary[^>]*>[^<]*<\/summary>/, '');
    expect(strip(b.get(id!)!)).toBe(strip(a.get(id!)!));
    expect(item(after).description).toMatch(/Văn bản nguồn thay đổi ngày \d\d\/\d\d\/\d{4} \(bản trước nhập ngày 23\/11\/2026\)\.$/);
    // The feed's date is its newest entry's; the other province feeds do not move.
    expect(parseFeed(after).updated).toEqual(item(after).updated);
    expect(feedOf(rebuilt, 'feed/dien-bien.xml')).toBe(feedOf(DIST, 'feed/dien-bien.xml'));
    expect(feedOf(rebuilt, 'feed/lao-cai.xml')).toBe(feedOf(DIST, 'feed/lao-cai.xml'));
  });

  it('shows the change in the document’s Lịch sử nhập, the previous hash kept', () => {
    const rows = selectAll('.import-history li', readPage('van-ban/huong-dan-neu-guong/index.html', rebuilt)).map((li) => toString(li).replace(/\s+/g, ' '));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^\d\d\/\d\d\/\d{4}: văn bản nguồn thay đổi, nhập lại, mã sha256 [0-9a-f]{12}$/);
    expect(rows[1]).toBe('23/11/2026: nhập vào thư viện, mã sha256 cf35f84f746f');
  });
});
