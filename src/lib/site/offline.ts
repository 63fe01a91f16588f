/**
 * What the service worker keeps for offline reading, and what it answers for the rest.
 *
 * Kept on the first visit: every page a reader needs to read and search (the documents, their
 * articles' pages, the cited documents, the lists) and what they need to render. Kept when
 * visited: the pair comparisons, whose number grows with the square of the documents' (12 pages,
 * 3.0 of the 5.6 MB the copy held with them; bench/README.md). Left to the network: pictures for sharing (cards, Open Graph images)
 * and the machine-readable data (the API, the Atom feeds), large and needed by no page; offline
 * they get a page saying so, with a status that is not 200.
 */
import { isMoved, MOVED_SECTIONS, routes, SECTIONS } from '../routes.ts';

/** What an answer is about, by the requested path (under the base, no leading slash). */
export type OfflineKind = 'page' | 'image' | 'data';

/** Offline answers for what was not kept: the page `routes.offline(slug)`, served with status 503. */
export const OFFLINE_ANSWERS: Record<OfflineKind, { slug?: string; title: string; why: string }> = {
  page: {
    title: 'Trang này chưa được lưu để đọc khi không có mạng',
    why: 'Máy đang không có mạng, và trang này chưa được mở lần nào nên chưa có bản lưu. Trang so sánh từng cặp văn bản chỉ được lưu khi đã mở một lần.',
  },
  image: {
    slug: 'anh',
    title: 'Ảnh này chưa được lưu để xem khi không có mạng',
    why: 'Máy đang không có mạng. Ảnh thẻ trích dẫn và ảnh xem trước liên kết không được lưu sẵn vì nặng; ảnh nào đã xem khi có mạng thì xem lại được.',
  },
  data: {
    slug: 'du-lieu',
    title: 'Dữ liệu này chưa được lưu để dùng khi không có mạng',
    why: 'Máy đang không có mạng. Dữ liệu cho máy đọc (tệp JSON của API, bản tin Atom) không được lưu sẵn; toàn văn và tìm kiếm thì vẫn dùng được.',
  },
};

/** Files that are pictures or data rather than pages, by name: matched in the service worker too. */
const KIND_PATTERNS: Record<Exclude<OfflineKind, 'page'>, RegExp> = {
  image: /\.(png|jpe?g)$/i,
  data: /\.(json|xml)$/i,
};

const LEFT_TO_NETWORK = [new RegExp(`^${SECTIONS.feeds}(\\.xml$|/)`), KIND_PATTERNS.image, /^api\//, /^sitemap/, /^robots\.txt$/, /^_headers$/, /^sw\.js$/, /\.map$/];
const KEPT_WHEN_VISITED = [new RegExp(`^${SECTIONS.comparisons}/[^/]+/[^/]+/$`)];

/** Built file names as the service worker asks for them: `van-ban/x/` for `van-ban/x/index.html`. */
function asRequested(files: string[]): string[] {
  return files
    .map((f) => f.replace(/\\/g, '/'))
    .filter((f) => !isMoved(f))
    .map((f) => (f === 'index.html' ? '' : f.endsWith('/index.html') ? f.slice(0, -'index.html'.length) : f))
    .sort();
}

/** The files cached on the first visit. */
export function precacheList(files: string[]): string[] {
  return asRequested(files).filter((f) => !LEFT_TO_NETWORK.some((re) => re.test(f)) && !KEPT_WHEN_VISITED.some((re) => re.test(f)));
}

/** The pages cached when visited: offline, one not visited yet gets the offline page, not the 404 page. */
export function keptWhenVisited(files: string[]): string[] {
  return asRequested(files).filter((f) => KEPT_WHEN_VISITED.some((re) => re.test(f)));
}

/** Everything the service worker needs to know about the build, as its template reads it. */
export function serviceWorkerPlan(files: string[]) {
  return {
    precache: precacheList(files),
    onVisit: keptWhenVisited(files),
    notFound: '404.html',
    answers: Object.fromEntries(Object.entries(OFFLINE_ANSWERS).map(([kind, a]) => [kind, { path: routes.offline(a.slug), title: a.title }])),
    patterns: Object.fromEntries(Object.entries(KIND_PATTERNS).map(([kind, re]) => [kind, re.source])),
    moved: MOVED_SECTIONS,
  };
}
