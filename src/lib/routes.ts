/**
 * Every URL of the site, and the only place one is written. Each function gives a path under
 * the site's base, without a leading slash (`van-ban/x/`); `withBase` puts the base in front
 * (src/utils/url.ts does it with Astro's configured base, scripts with the page's). Renaming a
 * section of the site is a change to this file alone; test/unit/routes.test.ts fails when a
 * route prefix is written anywhere else in src/.
 */

/** The first segment of each section: what the routes test looks for outside this file. */
export const SECTIONS = {
  documents: 'van-ban',
  cited: 'dan-chieu',
  comparisons: 'so-sanh',
  cards: 'the',
  ogImages: 'og',
  api: 'api',
  search: 'tim-kiem',
  about: 'gioi-thieu',
  diagram: 'luoc-do',
  notebook: 'so-tay-cua-toi',
  feeds: 'feed',
  offline: 'ngoai-tuyen',
} as const;

/**
 * Sections that moved, and where to: the cited documents were at `trich-dan/` until "trích dẫn"
 * came to mean only quoting a unit. Pages there (src/pages/trich-dan/) send old links on; they
 * are left out of the sitemap and the offline copy.
 */
export const MOVED_SECTIONS: Readonly<Record<string, string>> = { 'trich-dan': SECTIONS.cited };

/** Whether a site path (`trich-dan/x/`, `/so-tay/trich-dan/x/` with its base) is in a moved section. */
export function isMoved(path: string, base = '/'): boolean {
  const prefix = base.replace(/\/?$/, '/');
  const local = path.replace(/^[a-z]+:\/\/[^/]+/, '');
  const rel = (local.startsWith(prefix) ? local.slice(prefix.length) : local).replace(/^\//, '');
  return Object.keys(MOVED_SECTIONS).some((section) => rel.startsWith(`${section}/`));
}

const S = SECTIONS;
const enc = encodeURIComponent;

/** Two documents' pair key in file names and API paths: `<a>--<b>`. */
export function pairKey(a: string, b: string): string {
  return `${a}--${b}`;
}

export const routes = {
  home: () => '',
  /** A document's full text. */
  document: (slug: string) => `${S.documents}/${slug}/`,
  /** A unit on its document's page: the permalink. */
  unit: (slug: string, eId: string) => `${S.documents}/${slug}/#${eId}`,
  /** An article's share page, which link previews can see (a #fragment they cannot). */
  sharePage: (slug: string, eId: string) => `${S.documents}/${slug}/${eId}/`,
  /** Every unit's label, words, hash and share page, for the unit tools and the notebook (JSON). */
  unitFacts: (slug: string) => `${S.documents}/${slug}/don-vi.json`,
  /** The amendments a text marks (`amendmentsMarked`). */
  amendments: (slug: string) => `${S.documents}/${slug}/sua-doi/`,
  /** The documents the texts cite, and the relationship picture. */
  citedIndex: () => `${S.cited}/`,
  cited: (id: string) => `${S.cited}/${id}/`,
  diagram: () => `${S.diagram}/`,
  comparisons: () => `${S.comparisons}/`,
  comparison: (a: string, b: string) => `${S.comparisons}/${a}/${b}/`,
  /** Citation card `index` (from 1) of one unit (1920×1080); a long unit goes on over several. */
  card: (slug: string, eId: string, index = 1) => (index === 1 ? `${S.cards}/${slug}/${eId}.png` : `${S.cards}/${slug}/${eId}/${index}.png`),
  /** The link-preview image of a document, or of one of its articles (1200×630). */
  ogImage: (slug: string, eId?: string) => (eId ? `${S.ogImages}/${slug}/${eId}.png` : `${S.ogImages}/${slug}.png`),
  /** The search page, optionally with a query. */
  search: (query?: string) => (query ? `${S.search}/?q=${enc(query)}` : `${S.search}/`),
  /** Every document's outline and every cited document's number, for references typed in the search box (JSON). */
  searchReferences: () => `${S.search}/tham-chieu.json`,
  about: (fragment?: string) => (fragment ? `${S.about}/#${fragment}` : `${S.about}/`),
  notebook: () => `${S.notebook}/`,
  /** What the service worker shows, offline, for a page, an image or data it has not kept (src/lib/site/offline.ts). */
  offline: (kind?: string) => (kind ? `${S.offline}/${kind}/` : `${S.offline}/`),
  /** Atom feeds: the whole library's, and one province's (by its key, src/lib/feed/atom.ts). */
  feed: () => `${S.feeds}.xml`,
  provinceFeed: (key: string) => `${S.feeds}/${key}.xml`,

  /** Machine-readable data. */
  api: {
    documents: () => `${S.api}/documents.json`,
    document: (slug: string) => `${S.api}/${S.documents}/${slug}.json`,
    comparison: (a: string, b: string) => `${S.api}/${S.comparisons}/${pairKey(a, b)}.json`,
    amendments: (slug: string) => `${S.api}/sua-doi/${slug}.json`,
  },
  /** Files every page refers to. */
  asset: {
    favicon: () => 'favicon.svg',
    manifest: () => 'manifest.webmanifest',
    icon: (size: number) => `icon-${size}.png`,
    serviceWorker: () => 'sw.js',
    sitemap: () => 'sitemap.xml',
  },
} as const;

/** A site path under a base: `withBase('van-ban/x/', '/so-tay/')` → `/so-tay/van-ban/x/`. */
export function withBase(path: string, base: string): string {
  return `${base.replace(/\/?$/, '/')}${path.replace(/^\//, '')}`;
}

