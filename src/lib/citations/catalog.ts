/**
 * Everything the site says about citations, built once from the document trees and the
 * registry: per cited document, every citing clause grouped by citing document, how the texts
 * relate to it and where they disagree about it; per citing document, what it cites. Building it
 * checks that the trees and the registry agree, and fails with every problem it finds.
 */
import type { DocumentTree, UnitJson } from '../../schemas/document-tree.ts';
import { formatPartialDate } from '../model/dates.ts';
import { findByNumbers, rootUnits, subtree } from '../model/tree.ts';
import { fold } from '../text/fold.ts';
import { disagreementsOf, variantsOf, type Disagreement } from './disagreements.ts';
import { linkCitations, withoutLinks } from './link.ts';
import { citedName } from './naming.ts';
import { occurrencesIn, type Occurrence } from './occurrences.ts';
import { relationOf, strongest, type Relation } from './relation.ts';
import type { CitedDocument, Registry } from './registry.ts';

export interface CitingGroup {
  slug: string;
  shortTitle: string;
  /** Strongest relation of this document to the cited one. */
  relation: Relation;
  occurrences: CitedOccurrence[];
}

export interface CitedOccurrence extends Occurrence {
  relation: Relation;
}

export interface CatalogEntry {
  doc: CitedDocument;
  name: string;
  count: number;
  /** Citing documents in library order, each with its citing clauses in reading order. */
  byDocument: CitingGroup[];
  disagreements: Disagreement[];
  /** Each distinct way the texts write the citation, with how often. */
  written: { text: string; count: number }[];
}

export interface CitedInDocument {
  entry: CatalogEntry;
  /** How many times this document cites it. */
  count: number;
}

export interface Catalog {
  /** Most cited first. */
  entries: CatalogEntry[];
  get(id: string): CatalogEntry | undefined;
  /** What one document cites, most often first, then in reading order. */
  citedIn(slug: string): CitedInDocument[];
}

/** A document as the catalog reads it: its tree and the file it came from, for messages. */
export interface CatalogDocument {
  tree: DocumentTree;
  file: string;
}

/** Problems that make the build stop, one line each: file, line, text, what is wrong. */
export class CitationCheckError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`${problems.length} lỗi dẫn chiếu:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'CitationCheckError';
    this.problems = problems;
  }
}

/** Links the tree afresh and reports any citation its stored runs do not carry as the registry says. */
function checkLinks({ tree, file }: CatalogDocument, registry: Registry, problems: string[]): void {
  const source = `content/sources/${tree.meta.source}`;
  const stored = rootUnits(tree);
  const fresh: UnitJson[] = structuredClone(stored);
  for (const u of fresh.flatMap(subtree)) {
    if (u.heading) u.heading = withoutLinks(u.heading);
    if (u.text) u.text = withoutLinks(u.text);
  }
  const linkProblems = linkCitations(fresh, { registry, citing: { slug: tree.meta.slug, province: tree.meta.province }, findUnit: (levels) => findByNumbers(tree, levels) });
  for (const p of linkProblems) problems.push(`${source}:${p.line}: «${p.text}»: ${p.message}`);
  if (!linkProblems.length && JSON.stringify(fresh) !== JSON.stringify(stored)) {
    problems.push(`${file}: các liên kết dẫn chiếu khác với những gì trình nhập tạo ra từ sổ hiện tại: chạy "npm run import"`);
  }
}

/** The registry must say only what some citing text says: its date, issuer and subject. */
function checkRegistryFacts(doc: CitedDocument, occurrences: Occurrence[], problems: string[]): void {
  const dates = variantsOf(occurrences, 'date').map((v) => v.value);
  const date = formatPartialDate(doc.date);
  if (date ? !dates.includes(date) : dates.length > 0) {
    problems.push(`${doc.file}: "date" là ${date ?? 'null'} nhưng các văn bản dẫn chiếu ghi ${dates.join(', ') || 'không ngày nào'}`);
  }
  const issuers = variantsOf(occurrences, 'issuer').map((v) => v.value);
  const key = (s: string) => fold(s).replace(/\s+đảng$/u, '');
  if (doc.issuer ? !issuers.some((i) => key(i) === key(doc.issuer!)) : issuers.length > 0) {
    problems.push(`${doc.file}: "issuer" là ${doc.issuer ?? 'null'} nhưng các văn bản dẫn chiếu ghi ${issuers.join(', ') || 'không cơ quan nào'}`);
  }
  if (doc.title && !occurrences.some((o) => o.context.includes(doc.title!))) {
    problems.push(`${doc.file}: không văn bản dẫn chiếu nào ghi trích yếu "${doc.title}"`);
  }
}

function countBy<T>(items: T[], key: (t: T) => string): { text: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].map(([text, count]) => ({ text, count })).sort((a, b) => b.count - a.count || a.text.localeCompare(b.text, 'vi'));
}

/**
 * Builds the catalog. `documents` come in library order, which is the order citing documents
 * are listed in. Throws a {@link CitationCheckError} listing every problem.
 */
export function buildCatalog(documents: CatalogDocument[], registry: Registry): Catalog {
  const problems: string[] = [];
  const occurrences: CitedOccurrence[] = [];
  for (const d of documents) {
    checkLinks(d, registry, problems);
    for (const o of occurrencesIn(d.tree)) {
      if (!registry.get(o.citedId)) {
        problems.push(`content/sources/${d.tree.meta.source}:${o.line}: «${o.text}» dẫn chiếu "${o.citedId}", không có trong content/cited/ (${d.file})`);
      } else occurrences.push({ ...o, relation: relationOf(o) });
    }
  }
  const entries: CatalogEntry[] = [];
  for (const doc of registry.documents) {
    const mine = occurrences.filter((o) => o.citedId === doc.id);
    if (!mine.length) {
      problems.push(`${doc.file}: không văn bản nào dẫn chiếu văn bản này: xóa tệp, hoặc thêm vào "names" tên mà văn bản dùng để gọi nó`);
      continue;
    }
    checkRegistryFacts(doc, mine, problems);
    const byDocument = documents
      .map(({ tree }) => {
        const list = mine.filter((o) => o.slug === tree.meta.slug);
        return { slug: tree.meta.slug, shortTitle: tree.meta.shortTitle, relation: strongest(list.map((o) => o.relation)), occurrences: list };
      })
      .filter((g) => g.occurrences.length);
    entries.push({
      doc,
      name: citedName(doc),
      count: mine.length,
      byDocument,
      disagreements: disagreementsOf(mine),
      written: countBy(mine, (o) => o.text.replace(/\s+/g, ' ')),
    });
  }
  if (problems.length) throw new CitationCheckError(problems);
  entries.sort((a, b) => b.count - a.count || a.doc.level.localeCompare(b.doc.level) || a.name.localeCompare(b.name, 'vi', { numeric: true }));
  const byId = new Map(entries.map((e) => [e.doc.id, e]));
  return {
    entries,
    get: (id) => byId.get(id),
    citedIn(slug) {
      const mine = occurrences.filter((o) => o.slug === slug);
      const first = (id: string) => mine.findIndex((o) => o.citedId === id);
      return entries
        .map((entry) => ({ entry, count: mine.filter((o) => o.citedId === entry.doc.id).length }))
        .filter((c) => c.count > 0)
        .sort((a, b) => b.count - a.count || first(a.entry.doc.id) - first(b.entry.doc.id));
    },
  };
}
