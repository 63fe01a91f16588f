/** The Atom feeds: where they are, and each one's text, from the documents collection. */
import { getCollection } from 'astro:content';
import { atomFeed, provinceKey, provinceName } from '../lib/feed/atom.ts';
import type { DocumentFrontmatter } from '../schemas/document-meta.ts';
import { routes } from '../lib/routes.ts';
import { href } from './url.ts';

export interface FeedLink {
  title: string;
  href: string;
}

/** The whole library's feed. */
export const LIBRARY_FEED: FeedLink = { title: 'Sổ tay Quy định: văn bản mới và văn bản thay đổi', href: href(routes.feed()) };

/** One province's feed (or the texts that name no province). */
export function provinceFeed(province: string | null): FeedLink {
  return { title: `Sổ tay Quy định: văn bản ${provinceName(province)}`, href: href(routes.provinceFeed(provinceKey(province))) };
}

/** The feed of `documents` (all, or one province's) as an Atom response. */
export function feedResponse(documents: DocumentFrontmatter[], link: FeedLink, key: string, site: URL | undefined): Response {
  const absolute = (path: string) => new URL(path, site).href;
  const xml = atomFeed(documents, {
    key,
    title: link.title,
    subtitle: 'Mỗi văn bản một mục: ngày nhập vào thư viện, và ngày văn bản nguồn thay đổi gần nhất.',
    selfUrl: absolute(link.href),
    homeUrl: absolute(href(routes.home())),
    pageUrl: (slug) => absolute(href(routes.document(slug))),
    fileOf: (slug) => `content/documents/${slug}.mdx`,
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
}

export async function libraryDocuments(): Promise<DocumentFrontmatter[]> {
  return (await getCollection('documents')).map((d) => d.data);
}
