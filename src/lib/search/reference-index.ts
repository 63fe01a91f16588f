/**
 * Where a reference leads. At build time every document's outline (each unit's kind, number,
 * id, label and first words) and every cited document's number are written to one JSON file
 * (`routes.searchReferences`); the search box reads it when a query names a unit or a number,
 * and finds the unit with the same `findByNumbers` the citation linker uses.
 */
import type { DocumentTree } from '../../schemas/document-tree.ts';
import type { CitedDocument } from '../citations/registry.ts';
import { citedName } from '../citations/naming.ts';
import type { UnitKind } from '../model/eid.ts';
import { breadcrumb, findByNumbers, fullText, unitIndex } from '../model/tree.ts';
import type { UnitEntry, UnitJson } from '../model/tree.ts';
import { routes } from '../routes.ts';
import type { Level, ParsedQuery } from './references.ts';
import { plainNumber } from './references.ts';
import { fold, words } from './vietnamese.ts';

export interface OutlineUnit {
  kind: UnitKind;
  num?: string;
  /** Only numbered units carry the rest: nothing refers to the others by number. */
  eId?: string;
  /** Where it stands, as results show it: ["Điều 2", "Khoản 7"]. */
  crumbs?: string[];
  /** Its first words and its sub-units', for the result's excerpt. */
  text?: string;
  children: OutlineUnit[];
}

interface Numbered {
  /** Site path without the base. */
  url: string;
  title: string;
  type: string;
  number: string | null;
  /** "QĐi/TW" */
  symbol: string | null;
  /** What it is about ("về trách nhiệm nêu gương …"), if the registry knows. */
  about: string | null;
  /** Folded words of its names: what a query's leftover words are matched against. */
  names: string[];
}

export interface IndexedDocument extends Numbered {
  slug: string;
  body: OutlineUnit[];
}

export interface ReferenceIndex {
  documents: IndexedDocument[];
  cited: Numbered[];
}

const EXCERPT_WORDS = 30;

function excerpt(unit: UnitJson): string {
  const list = fullText(unit).split(/\s+/);
  return list.length > EXCERPT_WORDS ? `${list.slice(0, EXCERPT_WORDS).join(' ')} …` : list.join(' ');
}

function outline(unit: UnitJson, entries: Map<string, UnitEntry>): OutlineUnit {
  const children = unit.children.map((c) => outline(c, entries));
  if (unit.num === undefined) return { kind: unit.kind, children };
  return { kind: unit.kind, num: unit.num, eId: unit.eId, crumbs: breadcrumb(entries.get(unit.eId)!), text: excerpt(unit), children };
}

function nameWords(...names: Array<string | null | undefined>): string[] {
  return [...new Set(names.flatMap((n) => (n ? words(n).map(fold) : [])))];
}

/** The file the search box reads references from, built from the trees and the registry. */
export function referenceIndex(trees: readonly DocumentTree[], cited: readonly CitedDocument[]): ReferenceIndex {
  return {
    documents: trees.map((t) => {
      const entries = unitIndex(t);
      return {
      slug: t.meta.slug,
      url: routes.document(t.meta.slug),
      title: t.meta.shortTitle,
      type: t.meta.type,
      number: t.meta.number,
      symbol: t.meta.symbol,
      about: t.meta.title,
      names: nameWords(t.meta.shortTitle, t.meta.type, t.meta.title),
      body: t.body.map((u) => outline(u, entries)),
      };
    }),
    cited: cited.map((d) => ({
      url: routes.cited(d.id),
      title: citedName(d),
      type: d.type,
      number: d.number,
      symbol: d.symbol,
      about: d.title,
      names: nameWords(citedName(d), d.title, ...d.names),
    })),
  };
}

export interface ReferenceTarget {
  /** Site path without the base. */
  url: string;
  eId: string | null;
  /** Document title, then the unit's place: ["Quy định nêu gương (Điện Biên)", "Điều 2", "Khoản 7"]. */
  path: string[];
  excerpt: string;
}

export interface Resolved {
  /** Units first (one per document), then documents by number. */
  targets: ReferenceTarget[];
  /** The leftover words that did not name the document: what is left to search the text for. */
  words: string[];
}

const ROMANS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];

/** The numbers a level may be written with in the text: Chương 2 is Chương II; "điểm 4.5" is a tiết. */
function spellings(level: Level): Level[] {
  const out = [level];
  if (level.kind === 'chapter' || level.kind === 'section') {
    const roman = ROMANS[Number(level.num) - 1];
    if (roman) out.push({ ...level, num: roman });
    const arabic = ROMANS.indexOf(level.num) + 1;
    if (arabic) out.push({ ...level, num: String(arabic) });
  }
  if (level.kind === 'point' && level.num.includes('.')) out.push({ kind: 'subpoint', num: level.num });
  return out;
}

function combinations(levels: Level[]): Level[][] {
  return levels.reduce<Level[][]>((acc, level) => acc.flatMap((prefix) => spellings(level).map((s) => [...prefix, s])), [[]]);
}

/** How many of the words are among a document's names. */
function nameScore(doc: Numbered, list: string[]): number {
  return list.filter((w) => doc.names.includes(w)).length;
}

/** The documents the words name best; all of them when the words name none. */
function named<T extends Numbered>(docs: T[], list: string[]): T[] {
  const best = Math.max(0, ...docs.map((d) => nameScore(d, list)));
  return best ? docs.filter((d) => nameScore(d, list) === best) : docs;
}

function numberFits(doc: Numbered, n: ParsedQuery['numbers'][number]): boolean {
  if (doc.number === null || plainNumber(doc.number) !== n.number) return false;
  const [symbol, issuer] = (doc.symbol ?? '').split('/').map(fold);
  if (n.symbol && !(symbol ?? '').startsWith(n.symbol)) return false;
  if (n.issuer && issuer !== n.issuer) return false;
  if (n.type && fold(n.type) !== fold(doc.type)) return false;
  return true;
}

/** The units and documents a parsed query names, best first. */
export function resolveQuery(parsed: ParsedQuery, index: ReferenceIndex): Resolved {
  const targets: ReferenceTarget[] = [];
  let used = new Set<string>();
  if (parsed.units.length) {
    const found = index.documents.flatMap((doc) => {
      for (const reading of parsed.units)
        for (const levels of combinations(reading)) {
          const unit = findByNumbers(doc, levels);
          if (unit?.eId) return [{ doc, unit }];
        }
      return [];
    });
    const chosen = named(
      found.map((f) => f.doc),
      parsed.words,
    );
    for (const { doc, unit } of found.filter((f) => chosen.includes(f.doc))) {
      targets.push({ url: doc.url, eId: unit.eId!, path: [doc.title, ...unit.crumbs!], excerpt: unit.text ?? '' });
      for (const w of parsed.words) if (doc.names.includes(w)) used.add(w);
    }
  }
  if (parsed.numbers.length) {
    const all = [...index.documents, ...index.cited];
    const fits = all.filter((d) => parsed.numbers.some((n) => numberFits(d, n)));
    for (const doc of named(fits, parsed.words)) {
      targets.push({ url: doc.url, eId: null, path: [doc.title], excerpt: doc.about ?? '' });
      for (const w of parsed.words) if (doc.names.includes(w)) used.add(w);
    }
  }
  if (!targets.length) used = new Set();
  return { targets, words: parsed.words.filter((w) => !used.has(w)) };
}
