/** The Atom feed, built from the documents' metadata: valid, one stable entry per document, dates from the import history. */
import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { atomFeed, entryId, provinceKey, type FeedDocument } from '../../src/lib/feed/atom.ts';
import { atomProblems } from '../support/atom.ts';
import { importSource } from '../support/import.ts';
import { SLUGS } from '../support/paths.ts';

const documents: FeedDocument[] = Object.keys(SLUGS).map((source) => importSource(source).tree.meta);
const options = {
  key: 'tat-ca',
  title: 'Sổ tay Quy định',
  subtitle: 'Thử',
  selfUrl: 'http://intranet/so-tay/feed.xml',
  homeUrl: 'http://intranet/so-tay/',
  pageUrl: (slug: string) => `http://intranet/so-tay/van-ban/${slug}/`,
  fileOf: (slug: string) => `content/documents/${slug}.mdx`,
};
const entries = (xml: string) => [...xml.matchAll(/<entry>.*?<\/entry>/gs)].map((m) => m[0]);

describe('the Atom feed', () => {
  const xml = atomFeed(documents, options);

  it('is valid Atom, and a feed reader reads one entry per document with its page and dates', () => {
    expect(atomProblems(xml)).toEqual([]);
    const feed = parseFeed(xml);
    expect(feed.meta.type).toBe('atom');
    expect(feed.self).toBe(options.selfUrl);
    expect(feed.items.map((i) => i.url).sort()).toEqual(Object.values(SLUGS).map(options.pageUrl).sort());
    expect(feed.items.map((i) => i.id)).toEqual(expect.arrayContaining(Object.values(SLUGS).map(entryId)));
    for (const item of feed.items) expect(item.updated?.toISOString()).toBe('2026-11-23T07:29:09.000Z');
    expect(feed.updated?.toISOString()).toBe('2026-11-23T07:29:09.000Z');
  });

  it('says in each entry what the document is and its status', () => {
    const item = parseFeed(xml).items.find((i) => i.url === options.pageUrl('quy-che-lam-viec-tinh-uy-dien-bien'))!;
    expect(item.description).toMatch(/^Quy chế làm việc của Ban Chấp hành.*Tình trạng: Bị thay thế\. Nhập vào thư viện ngày 23\/11\/2026\.$/);
  });

  it('gives an entry the same id whatever else is in the feed and in whatever order', () => {
    const alone = atomFeed([documents[2]!], options);
    expect(entries(alone)).toEqual(entries(xml).filter((e) => e.includes(entryId(documents[2]!.slug))));
    expect(atomFeed([...documents].reverse(), options)).toBe(xml);
  });

  it('moves only the changed document’s entry when its source bytes change: its updated, its place, and the feed’s date', () => {
    const changed = documents.map((d) =>
      d.slug === 'huong-dan-neu-guong' ? { ...d, imports: [...d.imports, { sha256: 'b'.repeat(64), at: '2027-03-04T05:06:07Z' }] } : d,
    );
    const after = atomFeed(changed, options);
    expect(atomProblems(after)).toEqual([]);
    const [first, ...rest] = entries(after);
    expect(first).toContain(entryId('huong-dan-neu-guong'));
    expect(first).toContain('<updated>2027-03-04T05:06:07Z</updated>');
    expect(first).toContain('<published>2026-11-23T07:29:09Z</published>');
    expect(first).toContain('Văn bản nguồn thay đổi ngày 04/03/2027 (bản trước nhập ngày 23/11/2026).');
    expect(rest).toEqual(entries(xml).filter((e) => !e.includes(entryId('huong-dan-neu-guong'))));
    expect(after).toContain('</author><entry>');
    expect(after.match(/<updated>[^<]*<\/updated>/)![0]).toBe('<updated>2027-03-04T05:06:07Z</updated>');
  });

  it('is checked by a checker that does catch invalid Atom', () => {
    expect(atomProblems(xml.replace(/<id>urn:uuid:[^<]*<\/id>(<title>Hướng dẫn)/, '$1'))).toEqual(['entry 2: 0 atom:id, needs exactly one']);
    expect(atomProblems(xml.replace('<updated>2026-11-23T07:29:09Z</updated>', '<updated>23/11/2026</updated>'))).toEqual([
      'feed: atom:updated "23/11/2026" is not an RFC 3339 date-time',
    ]);
    expect(() => atomProblems(xml.replace('</feed>', ''))).toThrow(/XML/);
  });

  it('stops, naming the file, for a document with no import history', () => {
    expect(() => atomFeed([{ ...documents[0]!, imports: [] }], options)).toThrow(/^content\/documents\/quy-dinh-neu-guong-dien-bien\.mdx: chưa có lịch sử nhập/);
  });

  it('escapes what it carries: a title with markup stays text', () => {
    const hostile = atomFeed([{ ...documents[0]!, shortTitle: '<b>&</b>' }], options);
    expect(atomProblems(hostile)).toEqual([]);
    expect(parseFeed(hostile).items[0]!.title).toMatch(/^<b>&<\/b>:/);
  });
});

describe('province feeds', () => {
  it('are keyed by the province without marks, and the texts that name none have their own', () => {
    expect(documents.map((d) => provinceKey(d.province)).sort()).toEqual(['dien-bien', 'dien-bien', 'khong-ghi-tinh', 'lao-cai']);
  });
});
