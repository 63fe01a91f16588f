import type { APIRoute, GetStaticPaths } from 'astro';
import { provinceKey } from '../../lib/feed/atom.ts';
import type { DocumentFrontmatter } from '../../schemas/document-meta.ts';
import { feedResponse, libraryDocuments, provinceFeed } from '../../utils/feeds.ts';

/** One Atom feed per province, and one for the texts that name none. */
export const getStaticPaths = (async () => {
  const documents = await libraryDocuments();
  const keys = [...new Set(documents.map((d) => provinceKey(d.province)))];
  return keys.map((key) => {
    const own = documents.filter((d) => provinceKey(d.province) === key);
    return { params: { province: key }, props: { documents: own, province: own[0]!.province } };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ documents: DocumentFrontmatter[]; province: string | null }> = ({ props, params, site }) =>
  feedResponse(props.documents, provinceFeed(props.province), params.province!, site);
