/**
 * The facts about every unit of one document that the browser needs and the page's HTML does
 * not carry: its label, its words with their bold and italic, a hash of those words, where it
 * stands, whether it has a share page, and how many citation cards it takes. Built from the tree at build time
 * (`routes.unitFacts`), fetched the first time a reader uses a unit's tools, and read by the
 * notebook and its exports. The browser never works a unit's facts out of its eId.
 */
import type { DocumentTree } from '../../schemas/document-tree.ts';
import { cardUnits } from '../cards/coverage.ts';
import { textHash } from '../text/hash.ts';
import { documentCitation, unitCitation, type DateStyle } from './pinpoint.ts';
import { ownParagraphs, shareableUnits, walk } from './tree.ts';
import type { Run } from './runs.ts';

export const UNIT_FACTS_VERSION = 1;

/** Bold, italic, struck, superscript, subscript: one letter each. */
const MARK_LETTERS = { strong: 'b', emphasis: 'i', delete: 's', sup: '^', sub: '_' } as const;
export type MarkLetter = (typeof MARK_LETTERS)[keyof typeof MARK_LETTERS];

/** A stretch of official text and its formatting letters ("bi" for bold italic), if any. */
export type FactRun = [text: string, marks?: string];
/** One paragraph of a unit: its heading line or its text. */
export type FactParagraph = FactRun[];

export interface UnitFact {
  /** The eId: HTML id and permalink fragment. */
  id: string;
  /** How a trainer names it: "Khoản 4 Điều 2". */
  label: string;
  /** Index in `units` of the unit it stands in; -1 at the top of its region. */
  parent: number;
  /** Its own paragraphs (heading line, text), not its sub-units'. */
  paragraphs: FactParagraph[];
  /** `textHash` of its words and its sub-units' (`unitText`). */
  hash: string;
  /** It has a share page with a link preview. */
  share?: true;
  /** How many citation cards it takes, when not one: 0 for a large text's clauses, which have none (src/lib/cards/coverage.ts). */
  cards?: number;
}

export interface DocumentUnitFacts {
  version: typeof UNIT_FACTS_VERSION;
  slug: string;
  /** The short title readers know it by. */
  title: string;
  /** The document's citation with its date in each style. */
  citation: Record<DateStyle, string>;
  units: UnitFact[];
}

function factRuns(runs: readonly Run[]): FactRun[] {
  return runs.map((r) => {
    const marks = (r.marks ?? []).map((m) => MARK_LETTERS[m]).join('');
    return marks ? [r.text, marks] : [r.text];
  });
}

/** The words of paragraphs as one line of text, NFC: what the hash is taken of. */
export function paragraphsText(paragraphs: readonly FactParagraph[]): string {
  return paragraphs
    .map((p) => p.map((r) => r[0]).join(''))
    .filter((t) => t.trim())
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim()
    .normalize('NFC');
}

/** A unit's paragraphs and its sub-units', in reading order. */
export function unitParagraphs(facts: Pick<DocumentUnitFacts, 'units'>, index: number): FactParagraph[] {
  const out = [...facts.units[index]!.paragraphs];
  // Sub-units follow their parent in reading order; the subtree ends at the first unit outside it.
  const inside = new Set([index]);
  for (let i = index + 1; i < facts.units.length && inside.has(facts.units[i]!.parent); i++) {
    inside.add(i);
    out.push(...facts.units[i]!.paragraphs);
  }
  return out;
}

/** The unit's citation in a date style: its label, then the document's. */
export function factCitation(facts: Pick<DocumentUnitFacts, 'citation'>, unit: Pick<UnitFact, 'label'>, style: DateStyle): string {
  return unitCitation(facts.citation[style], unit.label);
}

/** `cards` as the facts write it: left out when one, the usual case. */
const cardsField = (count: number) => (count === 1 ? {} : { cards: count });

/** The facts of every unit of a document, in reading order; `cards` counts each unit's citation cards. */
export function documentUnitFacts(tree: DocumentTree, cards: ReadonlyMap<string, number> = new Map()): DocumentUnitFacts {
  const shared = new Set(shareableUnits(tree).map((u) => u.eId));
  const carded = new Set(cardUnits(tree).map((u) => u.eId));
  const entries = [...walk(tree)];
  const index = new Map(entries.map((e, i) => [e.unit, i]));
  const units: UnitFact[] = entries.map((e) => ({
    id: e.unit.eId,
    label: e.unit.label,
    parent: e.parent ? index.get(e.parent.unit)! : -1,
    paragraphs: ownParagraphs(e.unit).map(factRuns),
    hash: '',
    ...(shared.has(e.unit.eId) ? { share: true as const } : {}),
    ...cardsField(carded.has(e.unit.eId) ? (cards.get(e.unit.eId) ?? 1) : 0),
  }));
  const facts: DocumentUnitFacts = {
    version: UNIT_FACTS_VERSION,
    slug: tree.meta.slug,
    title: tree.meta.shortTitle,
    citation: { written: documentCitation(tree.meta, 'written'), formal: documentCitation(tree.meta, 'formal') },
    units,
  };
  units.forEach((u, i) => (u.hash = textHash(paragraphsText(unitParagraphs(facts, i)))));
  return facts;
}
