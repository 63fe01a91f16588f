/** Which documents get a comparison page: the nearest ones, so pages grow linearly with the library. */
import { describe, expect, it } from 'vitest';
import { comparisonPairs } from '../../src/lib/compare/comparisons.ts';
import { similarDocuments } from '../../src/lib/compare/similar-documents.ts';
import type { DocumentTree } from '../../src/schemas/document-tree.ts';
import { documentTree } from '../support/documents.ts';
import { SLUGS } from '../support/paths.ts';

const REGULATION = 'quy-dinh-neu-guong-dien-bien';
const GUIDELINE = 'huong-dan-neu-guong';
const DIRECTIVE = 'chi-thi-ky-luat-hanh-chinh-lao-cai';
const trees = Object.values(SLUGS).map(documentTree);

/** A copy of a document under another slug, as a library with many similar texts would have. */
const copy = (tree: DocumentTree, n: number): DocumentTree => ({ ...tree, meta: { ...tree.meta, slug: `${tree.meta.slug}-${n}`, replaces: [] } });

describe('similar documents', () => {
  it('offers every pair of the four documents, in both orders', () => {
    const pairs = comparisonPairs(trees.map((t) => t.meta), similarDocuments(trees));
    expect(pairs.filter((p) => p.kind === 'tuong-dong')).toHaveLength(4 * 3);
  });

  it('finds the guideline on the same duty nearest to the regulation, and the regulation nearest to the Lào Cai directive', () => {
    const nearest = similarDocuments(trees, 1);
    expect(nearest.get(REGULATION)).toContain(GUIDELINE);
    expect(nearest.get(DIRECTIVE)).toContain(REGULATION);
    // Relations are symmetric: the regulation is compared with everything that picked it.
    expect([...nearest.get(REGULATION)!].sort()).toEqual(Object.values(SLUGS).filter((s) => s !== REGULATION).sort());
  });

  it('grows linearly: at most 2·k comparisons per document, and copies of a text pair with each other first', () => {
    const library = trees.flatMap((t) => [1, 2, 3].map((n) => copy(t, n)));
    const similar = similarDocuments(library, 2);
    const pairs = comparisonPairs(library.map((t) => t.meta), similar);
    expect(pairs.length).toBeLessThanOrEqual(2 * 2 * library.length);
    expect(pairs.length).toBeLessThan(library.length * (library.length - 1));
    for (const t of library) {
      const base = t.meta.slug.replace(/-\d$/, '');
      expect([...similar.get(t.meta.slug)!].every((s) => s.startsWith(`${base}-`))).toBe(true);
    }
  });
});
