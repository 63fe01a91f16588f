/**
 * Which comparisons the library offers, and the data of each: what a comparison page shows
 * and what `/api/so-sanh/<a>--<b>.json` serves.
 *
 * - An old text and the text that replaces it (metadata `replaces[].slug`, both in the library):
 *   a version comparison, `/so-sanh/<old>/<new>/`.
 * - Two other documents, in either order: a similarity alignment, `/so-sanh/<a>/<b>/`, for each
 *   document and its most similar documents (`similar-documents.ts`); every pair in a small library.
 */
import type { AlignmentMap } from '../../schemas/alignment-map.ts';
import type { DocumentFrontmatter } from '../../schemas/document-meta.ts';
import type { DocumentTree } from '../../schemas/document-tree.ts';
import { basisComparison, type BasisComparison } from './bases.ts';
import { alignDocuments, alignmentSide, DEFAULT_ALIGNMENT, libraryIdf, type AlignmentSide, type CrossAlignment } from './cross-alignment.ts';
import { documentPassages, substantialPassages, type Passage } from './passages.ts';
import type { CitedTitles } from './reading.ts';
import type { LibraryIdf } from './tfidf.ts';
import { alignVersions, type VersionAlignment } from './version-alignment.ts';
import { pairKey } from '../routes.ts';

export type ComparisonKind = 'phien-ban' | 'tuong-dong';

export interface ComparisonPair {
  kind: ComparisonKind;
  /** Left side: the old text of a version pair. */
  a: string;
  b: string;
}

export interface DocumentRef {
  slug: string;
  shortTitle: string;
  /** "Quy định về trách nhiệm nêu gương …". */
  title: string;
  /** How "chỉ có ở …" names this side: the province when the two differ, else the short title. */
  side: string;
  /** Type and province, for page titles: "Chỉ thị Lào Cai". */
  brief: string;
  /**
   * Which document and which province, for each side of a pair where the column heads are not
   * seen (a phone): "Chỉ thị kỷ luật hành chính (Lào Cai)", "Hướng dẫn nêu gương (không ghi tỉnh)".
   */
  where: string;
}

export interface VersionComparison extends VersionAlignment {
  kind: 'phien-ban';
  old: DocumentRef;
  new: DocumentRef;
}

export interface DocumentComparison extends CrossAlignment {
  kind: 'tuong-dong';
  left: DocumentRef;
  right: DocumentRef;
  /** The documents each text rests on and cites, side by side. */
  bases: BasisComparison;
}

export type Comparison = VersionComparison | DocumentComparison;

type Meta = Pick<DocumentFrontmatter, 'slug' | 'source' | 'shortTitle' | 'type' | 'title' | 'province' | 'replaces'>;

/**
 * Every comparison the library offers: each version pair, and each other pair of documents
 * that `similar` relates (every pair when it is not given). A `replaces` entry naming a slug
 * the library does not have is an error: the comparison page it promises would be missing.
 */
export function comparisonPairs(documents: readonly Meta[], similar?: ReadonlyMap<string, ReadonlySet<string>>): ComparisonPair[] {
  const slugs = new Set(documents.map((d) => d.slug));
  const versions: ComparisonPair[] = [];
  for (const doc of documents) {
    for (const r of doc.replaces) {
      if (!r.slug) continue;
      if (!slugs.has(r.slug)) {
        const metaFile = `content/sources/${doc.source.replace(/\.[^.]+$/, '')}.yaml`;
        throw new Error(`${metaFile} (${doc.slug}): mục "replaces" (${r.label}) ghi slug "${r.slug}" nhưng thư viện không có văn bản này (content/documents/${r.slug}.mdx)`);
      }
      versions.push({ kind: 'phien-ban', a: r.slug, b: doc.slug });
    }
  }
  const related = new Set(versions.flatMap((v) => [pairKey(v.a, v.b), pairKey(v.b, v.a)]));
  const others: ComparisonPair[] = [];
  for (const a of documents) {
    for (const b of documents) {
      if (a.slug === b.slug || related.has(pairKey(a.slug, b.slug))) continue;
      if (!similar || similar.get(a.slug)?.has(b.slug)) others.push({ kind: 'tuong-dong', a: a.slug, b: b.slug });
    }
  }
  return [...versions, ...others];
}

function ref(meta: Meta, other: Meta): DocumentRef {
  const byProvince = meta.province && other.province && meta.province !== other.province;
  return {
    slug: meta.slug,
    shortTitle: meta.shortTitle,
    title: `${meta.type} ${meta.title}`,
    side: byProvince ? meta.province! : meta.shortTitle,
    brief: [meta.type, meta.province].filter(Boolean).join(' '),
    where: meta.province && meta.shortTitle.includes(meta.province) ? meta.shortTitle : `${meta.shortTitle} (${meta.province ?? 'không ghi tỉnh'})`,
  };
}

/** Longest page title before the site adds " · Sổ tay Quy định": a title over 70 characters is cut in tabs and results. */
const TITLE_LENGTH = 52;

/** The page title of a comparison: the short titles when they fit, else type and province. */
export function comparisonTitle(comparison: Comparison): string {
  const [a, b] = comparison.kind === 'phien-ban' ? [comparison.old, comparison.new] : [comparison.left, comparison.right];
  const join = comparison.kind === 'phien-ban' ? ' → ' : ' và ';
  const candidates = [`So sánh: ${a.shortTitle}${join}${b.shortTitle}`, `So sánh: ${a.brief}${join}${b.brief}`, `${a.brief}${join}${b.brief}`];
  const title = candidates.find((t) => t.length <= TITLE_LENGTH) ?? candidates.at(-1)!;
  return title.length <= TITLE_LENGTH ? title : `${title.slice(0, TITLE_LENGTH - 1)}…`;
}

export interface MappingFile {
  file: string;
  map: AlignmentMap;
}

/** The old text against the text that replaces it; a mapping file that names unknown units is an error. */
export function compareVersions(older: DocumentTree, newer: DocumentTree, mapping?: MappingFile): VersionComparison {
  const oldPassages = documentPassages(older);
  const newPassages = documentPassages(newer);
  if (mapping) {
    const problems = alignmentMapProblems(mapping.map, oldPassages, newPassages);
    if (problems.length) throw new Error(`${mapping.file}: ${problems.join('; ')}`);
  }
  return {
    kind: 'phien-ban',
    old: ref(older.meta, newer.meta),
    new: ref(newer.meta, older.meta),
    ...alignVersions(oldPassages, newPassages, mapping?.map),
  };
}

/**
 * What every cross-document comparison of one library shares: its term weights, and each
 * document read once as an alignment side, however many documents it is compared with.
 */
export interface CrossLibrary {
  idf: LibraryIdf;
  /** Every passage of a document, read once. */
  passages(tree: DocumentTree): Passage[];
  side(tree: DocumentTree): AlignmentSide;
}

/** Reads the whole library once: linear in its size, then shared by every comparison. */
export function crossLibrary(trees: Iterable<DocumentTree>, titles: CitedTitles = new Map()): CrossLibrary {
  const read = new WeakMap<DocumentTree, Passage[]>();
  const passagesOf = (tree: DocumentTree) => {
    let passages = read.get(tree);
    if (!passages) read.set(tree, (passages = documentPassages(tree, titles)));
    return passages;
  };
  const idf = libraryIdf([...trees].map(passagesOf));
  const sides = new WeakMap<DocumentTree, AlignmentSide>();
  return {
    idf,
    passages: passagesOf,
    side(tree) {
      let side = sides.get(tree);
      if (!side) sides.set(tree, (side = alignmentSide(substantialPassages(passagesOf(tree)), idf)));
      return side;
    },
  };
}

/** Two documents on similar topics, passage by passage, weighed by the library's term weights. */
export function compareDocuments(a: DocumentTree, b: DocumentTree, library: CrossLibrary): DocumentComparison {
  return {
    kind: 'tuong-dong',
    left: ref(a.meta, b.meta),
    right: ref(b.meta, a.meta),
    ...alignDocuments(library.side(a), library.side(b), DEFAULT_ALIGNMENT),
    bases: basisComparison(library.passages(a), library.passages(b)),
  };
}

/** Problems with a mapping file: eIds that are not in the texts it maps. */
export function alignmentMapProblems(map: AlignmentMap, older: Passage[], newer: Passage[]): string[] {
  const oldIds = new Set(older.map((p) => p.eId));
  const newIds = new Set(newer.map((p) => p.eId));
  const problems: string[] = [];
  for (const [o, n] of Object.entries(map.map)) {
    if (!oldIds.has(o)) problems.push(`"${o}" không có trong văn bản cũ`);
    if (n !== null && !newIds.has(n)) problems.push(`"${n}" không có trong văn bản mới`);
  }
  for (const n of map.added) if (!newIds.has(n)) problems.push(`"${n}" (added) không có trong văn bản mới`);
  const targets = Object.values(map.map).filter((n): n is string => n !== null);
  for (const n of new Set(targets)) if (targets.filter((t) => t === n).length > 1) problems.push(`"${n}" được ghép với hơn một đơn vị cũ`);
  return problems;
}
