/**
 * The one way to read a document tree (`content/documents/<slug>.json`). Every unit fact the
 * site uses comes from here, and from the fields the importer stored (src/lib/importer/ids.ts):
 * kind, number, name, label, heading line, own text. The eId is an identifier, never a source
 * of facts: nothing here, or anywhere else, takes one apart.
 */
import type { AttachmentJson, DocumentParts, DocumentTree, UnitJson } from '../../schemas/document-tree.ts';
import { capitalize, levelName, type UnitKind } from './eid.ts';
import { plainText, type Run } from './runs.ts';

export type { UnitJson, UnitKind };

/** Where in a document a unit stands. */
export type Region = 'preamble' | 'body' | 'attachment';

/** A unit with its place in the tree. */
export interface UnitEntry {
  unit: UnitJson;
  /** The unit it stands in; null at the top of its region. */
  parent: UnitEntry | null;
  /** Its enclosing units outermost first, then itself. */
  path: UnitJson[];
  /** 0 at the top of its region. */
  depth: number;
  region: Region;
  /** The attached form it belongs to, for a unit of one. */
  attachment?: AttachmentJson;
}

function* walkUnits(units: readonly UnitJson[], parent: UnitEntry | null, region: Region, attachment?: AttachmentJson): Generator<UnitEntry> {
  for (const unit of units) {
    const entry: UnitEntry = {
      unit,
      parent,
      path: [...(parent?.path ?? []), unit],
      depth: parent ? parent.depth + 1 : 0,
      region,
      ...(attachment ? { attachment } : {}),
    };
    yield entry;
    yield* walkUnits(unit.children, entry, region, attachment);
  }
}

/** Every unit of the document in reading order: the preamble's, the body's, each attached form's. */
export function* walk(tree: Pick<DocumentTree, 'preamble' | 'body' | 'attachments'>): Generator<UnitEntry> {
  yield* walkUnits(tree.preamble, null, 'preamble');
  yield* walkUnits(tree.body, null, 'body');
  for (const a of tree.attachments) yield* walkUnits(a.children, null, 'attachment', a);
}

/** The top-level units of every region, in reading order: what a pass over whole subtrees starts from. */
export function rootUnits(tree: Pick<DocumentTree, 'preamble' | 'body' | 'attachments'>): UnitJson[] {
  return [...tree.preamble, ...tree.body, ...tree.attachments.flatMap((a) => a.children)];
}

/** Every unit in reading order, as a list. */
export function allUnits(tree: Pick<DocumentTree, 'preamble' | 'body' | 'attachments'>): UnitJson[] {
  return [...walk(tree)].map((e) => e.unit);
}

/** A unit's descendants, and it, in reading order. */
export function subtree(unit: UnitJson): UnitJson[] {
  return [unit, ...unit.children.flatMap(subtree)];
}

/** Units by eId, with their places. */
export function unitIndex(tree: Pick<DocumentTree, 'preamble' | 'body' | 'attachments'>): Map<string, UnitEntry> {
  return new Map([...walk(tree)].map((e) => [e.unit.eId, e]));
}

/** The top-level unit a unit belongs to: its Điều, Mục, điểm; what passages and amendments are grouped by. */
export function topUnit(entry: UnitEntry): UnitJson {
  return entry.path[0]!;
}

/** The Điều a unit is in (or is), if any. */
export function articleOf(entry: UnitEntry): UnitJson | undefined {
  return entry.path.find((u) => u.kind === 'article');
}

/**
 * Where a text's own references point ("khoản 2 Điều 3 Quy chế này"): found by the numbers the
 * text writes, level by level (an article anywhere in the body, then its clause, then its point),
 * so a reference reaches the unit the importer numbered, whatever its eId.
 */
export function findByNumbers<U extends NumberedUnit<U>>(tree: { body: readonly U[] }, levels: ReadonlyArray<{ kind: UnitKind; num: string }>): U | undefined {
  const all = (units: readonly U[]): U[] => units.flatMap((u) => [u, ...all(u.children)]);
  let candidates: readonly U[] = all(tree.body);
  let found: U | undefined;
  for (const level of levels) {
    found = candidates.find((u) => u.kind === level.kind && u.num === level.num);
    if (!found) return undefined;
    candidates = found.children;
  }
  return found;
}

/** What `findByNumbers` reads of a unit: the tree itself, or the outline search ships to the browser. */
export interface NumberedUnit<U> {
  kind: UnitKind;
  num?: string | undefined;
  children: readonly U[];
}

/** The units a link preview can point at: every Điều; in a text without Điều, its top-level numbered parts. */
export function shareableUnits(tree: Pick<DocumentTree, 'body'>): UnitJson[] {
  const articles = [...walkUnits(tree.body, null, 'body')].map((e) => e.unit).filter((u) => u.kind === 'article');
  return articles.length ? articles : tree.body.filter((u) => u.num !== undefined);
}

/**
 * Where the unit stands, outermost first, as its citation names it: ["Điều 3", "Khoản 6"],
 * ["Phần mở đầu", "Đoạn 1"], ["Mẫu kèm theo", "Điểm 9"].
 */
export function breadcrumb(entry: UnitEntry): string[] {
  // Articles and basis lines are cited on their own, without what contains them (see ids.ts).
  const rooted = entry.path.findLastIndex((u) => u.kind === 'article' || u.kind === 'basis');
  const levels = entry.path.slice(Math.max(0, rooted)).map((u) => capitalize(u.name));
  if (rooted >= 0) return levels;
  if (entry.attachment) return [entry.attachment.label, ...levels];
  return entry.region === 'preamble' ? [capitalize(levelName('preamble', undefined)), ...levels] : levels;
}

/** The numbering and title of a headed unit: "Điều 4. Tổ chức thực hiện"; an untitled Điều's "Điều 2.". */
export function headingLine(unit: UnitJson): string | undefined {
  if (!unit.heading && !(unit.marker && !unit.text)) return undefined;
  return [unit.marker, unit.heading ? plainText(unit.heading) : ''].filter(Boolean).join(' ');
}

/** The unit's own words: its heading line and its paragraph, not its sub-units'. NFC. */
export function ownText(unit: UnitJson): string {
  return [headingLine(unit), unit.text ? plainText(unit.text) : undefined]
    .filter((t): t is string => !!t)
    .join(' ')
    .normalize('NFC');
}

/** The unit's own paragraphs as runs, heading first, for exports that keep bold and italic. */
export function ownParagraphs(unit: UnitJson): Run[][] {
  const out: Run[][] = [];
  const heading = headingLine(unit);
  if (heading !== undefined) out.push(unit.heading ? [{ text: `${unit.marker ?? ''} ` }, ...unit.heading] : [{ text: heading }]);
  if (unit.text) out.push(unit.text);
  return out;
}

/** The unit's words and all its sub-units', in reading order. */
export function fullText(unit: UnitJson): string {
  return subtree(unit)
    .map(ownText)
    .filter(Boolean)
    .join(' ');
}

/** The ids of the fixed parts a document has, in reading order. */
export function partEntries(parts: DocumentParts): Array<{ part: keyof DocumentParts; eId: string; label: string }> {
  return (['header', 'preamble', 'recipients', 'signature'] as const).flatMap((part) => (parts[part] ? [{ part, eId: parts[part]!.eId, label: parts[part]!.label }] : []));
}
