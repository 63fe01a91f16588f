/**
 * The library's comparisons for pages and endpoints: loads the document trees from the
 * `structures` collection once per build and computes each comparison once.
 */
import { getCollection } from 'astro:content';
import { readComparisonConfig, type ComparisonConfig } from '../lib/compare/comparison-config.ts';
import { comparisonPairs, compareDocuments, compareVersions, crossLibrary, type Comparison, type ComparisonPair } from '../lib/compare/comparisons.ts';
import { pairKey } from '../lib/routes.ts';
import { similarDocuments } from '../lib/compare/similar-documents.ts';
import type { DocumentTree } from '../schemas/document-tree.ts';

/** Tests point it at fixtures, like DOCUMENTS_DIR. */
const comparisonsDir = process.env.COMPARISONS_DIR ?? './content/comparisons';

export interface ComparisonLibrary {
  trees: Map<string, DocumentTree>;
  pairs: ComparisonPair[];
  config: ComparisonConfig;
  comparison: (pair: ComparisonPair) => Comparison;
}

let library: Promise<ComparisonLibrary> | undefined;

async function load(): Promise<ComparisonLibrary> {
  const [structures, cited] = await Promise.all([getCollection('structures'), getCollection('cited')]);
  const trees = new Map(structures.map((s) => [s.data.meta.slug, s.data]));
  const titles = new Map(cited.flatMap((c) => (c.data.title ? [[c.id, c.data.title] as const] : [])));
  // Term weights over the whole library, computed once for every comparison.
  const cross = crossLibrary(trees.values(), titles);
  const config = readComparisonConfig(comparisonsDir, new Set(trees.keys()));
  const similar = similarDocuments([...trees.values()]);
  // A featured comparison has its page whatever the similarity ranking says.
  for (const f of config.featured) {
    similar.get(f.a)!.add(f.b);
    similar.get(f.b)!.add(f.a);
  }
  const pairs = comparisonPairs([...trees.values()].map((t) => t.meta), similar);
  const cache = new Map<string, Comparison>();
  const comparison = (pair: ComparisonPair): Comparison => {
    const key = pairKey(pair.a, pair.b);
    let result = cache.get(key);
    if (!result) {
      const a = trees.get(pair.a)!;
      const b = trees.get(pair.b)!;
      result = pair.kind === 'phien-ban' ? compareVersions(a, b, config.mappings.get(key)) : compareDocuments(a, b, cross);
      cache.set(key, result);
    }
    return result;
  };
  for (const key of config.mappings.keys()) {
    if (!pairs.some((p) => p.kind === 'phien-ban' && pairKey(p.a, p.b) === key)) {
      throw new Error(`${config.mappings.get(key)!.file}: không có cặp văn bản cũ / văn bản thay thế "${key}" (xem "replaces" trong metadata)`);
    }
  }
  return { trees, pairs, config, comparison };
}

export function comparisonLibrary(): Promise<ComparisonLibrary> {
  library ??= load();
  return library;
}
