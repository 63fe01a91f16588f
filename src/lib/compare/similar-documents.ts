/**
 * Which documents are worth comparing with which. Every pair would be n(n − 1) comparison pages,
 * a few for four documents but 160 000 for four hundred; each document is instead compared with
 * the `k` documents most like it as wholes (TF-IDF over all its passages, cosine), in both
 * directions, so the number of pages grows linearly with the library.
 */
import type { DocumentTree } from '../../schemas/document-tree.ts';
import { documentPassages } from './passages.ts';
import { cosine, terms, tfidfVectors } from './tfidf.ts';

/** How many nearest documents each document is compared with: every pair while the library has at most four documents. */
export const SIMILAR_DOCUMENTS = 3;

/** For each document's slug, the slugs of its `k` most similar documents, and of every document that counts it among theirs. */
export function similarDocuments(trees: readonly DocumentTree[], k = SIMILAR_DOCUMENTS): Map<string, Set<string>> {
  const slugs = trees.map((t) => t.meta.slug);
  const vectors = tfidfVectors(trees.map((t) => documentPassages(t).flatMap((p) => terms(p.text))));
  const similar = new Map(slugs.map((s) => [s, new Set<string>()]));
  vectors.forEach((v, i) => {
    const nearest = vectors
      .map((w, j) => ({ j, score: cosine(v, w) }))
      .filter((x) => x.j !== i)
      // Ties by slug, so the same library always gives the same pages.
      .sort((x, y) => y.score - x.score || slugs[x.j]!.localeCompare(slugs[y.j]!))
      .slice(0, k);
    for (const { j } of nearest) {
      similar.get(slugs[i]!)!.add(slugs[j]!);
      similar.get(slugs[j]!)!.add(slugs[i]!);
    }
  });
  return similar;
}
