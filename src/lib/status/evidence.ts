/**
 * The evidence behind each document's status, checked against the texts: every quoted sentence
 * must stand, word for word, in the unit it links to, in a text of the library; every document
 * named as replaced or replacing must be one the library or the registry knows. The site never
 * shows a status a text does not back.
 */
import type { DocumentMeta, StatusEvidence } from '../../schemas/document-meta.ts';
import type { DocumentParts, DocumentTree } from '../../schemas/document-tree.ts';
import { plainText, type Run } from '../model/runs.ts';
import { allUnits, ownText, unitIndex } from '../model/tree.ts';

/** What the checks read of a document: its parts, and its metadata as the metadata file gives it. */
export type EvidenceTree = Pick<DocumentTree, 'parts' | 'header' | 'preamble' | 'body' | 'signature' | 'recipients' | 'attachments'> & {
  meta: Pick<DocumentMeta, 'slug' | 'shortTitle' | 'status' | 'replaces'>;
};

/** A text evidence, with the document it is in made explicit. */
export type TextEvidence = Extract<StatusEvidence, { unit: string }> & { document: string };

export class StatusCheckError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`${problems.length} lỗi về tình trạng hiệu lực:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'StatusCheckError';
    this.problems = problems;
  }
}

/** The metadata file a document comes from: `content/sources/<source name>.yaml`, as `npm run import` names it. */
export function metaFileOf(meta: { source: string }): string {
  return `content/sources/${meta.source.replace(/\.[^.]+$/, '')}.yaml`;
}

/** Runs of white space count as one: the sources keep tabs and runs of spaces in blanks ("Số       -QĐ/TU"). */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

const lines = (list: readonly Run[][]) => list.map(plainText).join(' ');

/** A unit or fixed part by id: how a citation names it ("Đoạn 1 Điều 31", "Phần ký") and its plain text. */
export function partAt(tree: EvidenceTree, id: string): { label: string; text: string } | undefined {
  const fixed: [DocumentParts[keyof DocumentParts], Run[][] | null][] = [
    [tree.parts.header, tree.header],
    [tree.parts.recipients, tree.recipients && [tree.recipients.heading, ...tree.recipients.items]],
    [tree.parts.signature, tree.signature],
  ];
  for (const [part, list] of fixed) if (part?.eId === id && list) return { label: part.label, text: squash(lines(list)) };
  for (const a of tree.attachments) if (a.eId === id) return { label: a.label, text: squash(lines([...a.header, ...a.title])) };
  const unit = unitIndex(tree).get(id)?.unit;
  return unit ? { label: unit.label, text: squash(ownText(unit)) } : undefined;
}

const textAt = (tree: EvidenceTree, id: string) => partAt(tree, id)?.text;

/** The registry ids the document's text cites. */
function citedIds(tree: EvidenceTree): Set<string> {
  return new Set(allUnits(tree).flatMap((u) => [...(u.heading ?? []), ...(u.text ?? [])].flatMap((r) => (r.cite ? [r.cite] : []))));
}

/** Does `id` name a unit or part of the document? */
export function hasPart(tree: EvidenceTree, id: string): boolean {
  return textAt(tree, id) !== undefined;
}

/** The text evidences of a status, each with its document. */
export function textEvidence(meta: Pick<DocumentMeta, 'slug' | 'status'>): TextEvidence[] {
  return meta.status.evidence.filter((e): e is Extract<StatusEvidence, { unit: string }> => 'unit' in e).map((e) => ({ ...e, document: e.document ?? meta.slug }));
}

/** What is wrong with one piece of evidence, read in `tree`; undefined when the text says it. */
export function evidenceProblem(e: TextEvidence, tree: EvidenceTree | undefined): string | undefined {
  if (!tree) return `căn cứ dẫn văn bản "${e.document}", thư viện không có văn bản này`;
  const text = textAt(tree, e.unit);
  if (text === undefined) return `căn cứ dẫn "${e.unit}", văn bản ${e.document} không có đơn vị hay phần này`;
  if (!text.includes(squash(e.quote))) return `căn cứ trích «${e.quote}», nhưng ${e.unit} của văn bản ${e.document} không có câu này`;
  return undefined;
}

/** What a registry and a library are asked: does this cited id, this slug exist? */
export interface Known {
  cited: (id: string) => boolean;
  document: (slug: string) => EvidenceTree | undefined;
}

/**
 * Every problem with the statuses and replacements of `documents`, one line each, naming the
 * metadata file: evidence that a text does not say, a replaced or replacing document nobody knows.
 */
export function statusProblems(documents: { tree: EvidenceTree; file: string }[], known: Known): string[] {
  const problems: string[] = [];
  for (const { tree, file } of documents) {
    const { meta } = tree;
    const say = (field: string, message: string) => problems.push(`${file}: trường "${field}": ${message}`);
    textEvidence(meta).forEach((e, i) => {
      const problem = evidenceProblem(e, e.document === meta.slug ? tree : known.document(e.document));
      if (problem) say(`status.evidence.${i}`, problem);
    });
    const by = meta.status.replacedBy;
    if (by?.cited && !known.cited(by.cited)) say('status.replacedBy.cited', `không có "${by.cited}" trong content/cited/`);
    if (by?.slug && !known.document(by.slug)) say('status.replacedBy.slug', `thư viện không có văn bản "${by.slug}"`);
    meta.replaces.forEach((r, i) => {
      if (r.cited && !known.cited(r.cited)) say(`replaces.${i}.cited`, `không có "${r.cited}" trong content/cited/`);
      if (r.cited && !citedIds(tree).has(r.cited)) say(`replaces.${i}.cited`, `văn bản không dẫn chiếu "${r.cited}" ở đâu cả`);
      if (r.by && !hasPart(tree, r.by)) say(`replaces.${i}.by`, `văn bản không có đơn vị "${r.by}"`);
    });
  }
  return problems;
}

/** One reason shown beside a status: a sentence with the unit it stands in, or the source of the metadata. */
export type ShownEvidence =
  | { kind: 'text'; quote: string; unitLabel: string; slug: string; unit: string; /** Short title of the text, when it is another one. */ otherDocument?: string }
  | { kind: 'source'; source: string; url?: string };

/** The evidence of a document's status as the page shows it; the checks above have made sure every unit exists. */
export function shownEvidence(tree: EvidenceTree, documentOf: (slug: string) => EvidenceTree | undefined): ShownEvidence[] {
  return tree.meta.status.evidence.map((e): ShownEvidence => {
    if (!('unit' in e)) return { kind: 'source', source: e.source, ...(e.url ? { url: e.url } : {}) };
    const slug = e.document ?? tree.meta.slug;
    const other = slug === tree.meta.slug ? undefined : documentOf(slug);
    const part = partAt(other ?? tree, e.unit);
    if (!part) throw new StatusCheckError([`${tree.meta.slug}: căn cứ dẫn "${e.unit}" của ${slug}, không có`]);
    return { kind: 'text', quote: e.quote, unitLabel: part.label, slug, unit: e.unit, ...(other ? { otherDocument: other.meta.shortTitle } : {}) };
  });
}
