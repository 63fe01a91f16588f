/**
 * The Atom feeds (RFC 4287): one entry per document, `published` when it entered the library,
 * `updated` when its source bytes last changed. Every date comes from the import history stored
 * in the metadata, never from the clock, so two builds of the same sources are byte-identical
 * and an entry changes only when its own text does.
 */
import { v5 as uuidV5 } from 'uuid';
import { toXml } from 'xast-util-to-xml';
import { x } from 'xastscript';
import { DOCUMENT_STATUSES, type DocumentFrontmatter } from '../../schemas/document-meta.ts';
import { documentCitation } from '../model/pinpoint.ts';
import { fold } from '../text/fold.ts';
import { importDate } from '../status/history.ts';

/** Fixed namespace for the feeds' ids: an entry's id comes from its slug alone, so it never changes. Never edit either. */
const NAMESPACE = '6f1c2a57-7c1e-4f1f-9d39-3a1f0b7d5e21';

export type FeedDocument = Pick<
  DocumentFrontmatter,
  'slug' | 'shortTitle' | 'type' | 'title' | 'number' | 'symbol' | 'date' | 'issuer' | 'province' | 'status' | 'imports'
>;

/** Stable id of a document's entry: `urn:uuid:` from its slug. */
export function entryId(slug: string): string {
  return `urn:uuid:${uuidV5(`document:${slug}`, NAMESPACE)}`;
}

/** Stable id of a feed: the whole library's, or one province's. */
export function feedId(key: string): string {
  return `urn:uuid:${uuidV5(`feed:${key}`, NAMESPACE)}`;
}

/** The key of a province's feed: "Điện Biên" → "dien-bien"; a text naming none → "khong-ghi-tinh". */
export function provinceKey(province: string | null): string {
  if (!province) return 'khong-ghi-tinh';
  return fold(province)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The province a feed key stands for, as the site writes it. */
export function provinceName(province: string | null): string {
  return province ?? 'không ghi tỉnh';
}

function history(doc: FeedDocument, file: string) {
  const first = doc.imports[0];
  const last = doc.imports.at(-1);
  if (!first || !last) throw new Error(`${file}: chưa có lịch sử nhập (imports): chạy "npm run import"`);
  return { first, last, previous: doc.imports.at(-2) };
}

/** What a reader of the feed is told about a document: what it is, its status, when its text came or changed. */
function summary(doc: FeedDocument, file: string): string {
  const { first, last, previous } = history(doc, file);
  const when = previous
    ? `Văn bản nguồn thay đổi ngày ${importDate(last.at)} (bản trước nhập ngày ${importDate(previous.at)}).`
    : `Nhập vào thư viện ngày ${importDate(first.at)}.`;
  return `${documentCitation(doc)}. Tình trạng: ${DOCUMENT_STATUSES[doc.status.value]}. ${when}`;
}

export interface FeedOptions {
  /** Key of the feed ("tat-ca" for the whole library, a province key otherwise). */
  key: string;
  title: string;
  subtitle: string;
  /** Absolute URLs: the feed itself, the site's home page, and each document's page. */
  selfUrl: string;
  homeUrl: string;
  pageUrl: (slug: string) => string;
  /** The file a document's history is read from, for errors. */
  fileOf: (slug: string) => string;
}

/** The feed as XML text; entries newest change first. */
export function atomFeed(documents: FeedDocument[], options: FeedOptions): string {
  const dated = documents
    .map((doc) => ({ doc, ...history(doc, options.fileOf(doc.slug)) }))
    .sort((a, b) => b.last.at.localeCompare(a.last.at) || a.doc.slug.localeCompare(b.doc.slug));
  // An empty feed is still valid Atom: its date is the oldest a feed can honestly claim, not the clock's.
  const updated = dated[0]?.last.at ?? '1970-01-01T00:00:00Z';
  const feed = x('feed', { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': 'vi' }, [
    x('id', feedId(options.key)),
    x('title', options.title),
    x('subtitle', options.subtitle),
    x('updated', updated),
    x('link', { rel: 'self', type: 'application/atom+xml', href: options.selfUrl }),
    x('link', { rel: 'alternate', type: 'text/html', href: options.homeUrl }),
    x('author', [x('name', 'Sổ tay Quy định')]),
    ...dated.map(({ doc, first, last }) =>
      x('entry', [
        x('id', entryId(doc.slug)),
        x('title', `${doc.shortTitle}: ${doc.type} ${doc.title}`),
        x('link', { rel: 'alternate', type: 'text/html', href: options.pageUrl(doc.slug) }),
        x('published', first.at),
        x('updated', last.at),
        x('category', { term: provinceKey(doc.province), label: provinceName(doc.province) }),
        x('summary', { type: 'text' }, summary(doc, options.fileOf(doc.slug))),
      ]),
    ),
  ]);
  return `<?xml version="1.0" encoding="utf-8"?>\n${toXml(feed, { closeEmptyElements: true })}\n`;
}
