/**
 * Amendments marked in a text: in the Quy chế làm việc (004), bold and italic runs outside
 * headings mark what was amended or added against the Quy chế it replaces. Headings lost their
 * emphasis in the importer (there it is layout), so every bold or italic stretch left in a
 * unit's paragraph is one amendment. Each is classified from the text alone:
 *
 * - `unit`: the stretch covers (nearly) the whole paragraph of a khoản, điểm, gạch or đoạn:
 *   the unit was added or rewritten whole. 90% of its letters, because a page break can leave
 *   the last words of an added clause unmarked (Điều 2, khoản 5).
 * - `sentence`: whole sentences added inside a paragraph: the stretch starts where a sentence
 *   starts and ends with the sentence.
 * - `phrase`: words inserted into a sentence.
 * - `number`: only the numbering ("**1.**") is marked. The text does not say what that means
 *   (a renumbered clause, or only layout), so it is shown and counted, never hidden.
 * - `title`: a short title of a khoản or điểm whose content is in its sub-units, marked whole
 *   ("1. Với Đảng đoàn …", "(2)- Về công tác nội chính …:"): like a heading, it may be layout;
 *   shown, never hidden.
 *
 * Deleted words cannot be recovered: the text keeps no trace of them.
 */
import type { DocumentTree, UnitJson } from '../../schemas/document-tree.ts';
import { plainText, type Run } from '../model/runs.ts';
import { headingLine, subtree } from '../model/tree.ts';

export const AMENDMENT_KINDS = ['unit', 'sentence', 'phrase', 'number', 'title'] as const;
export type AmendmentKind = (typeof AMENDMENT_KINDS)[number];

/** Kinds that add words: hidden in the approximate reading before the amendment. */
export const ADDING_KINDS: ReadonlySet<AmendmentKind> = new Set(['unit', 'sentence', 'phrase']);

export interface Amendment {
  /** 1-based, in document order: `sua-doi-<n>` on the page. */
  n: number;
  kind: AmendmentKind;
  /** The unit whose paragraph holds it. */
  eId: string;
  /** The Điều it belongs to (or the top-level unit, or the preamble part's id for the căn cứ). */
  article: string;
  text: string;
  /** Bold, italic or both, as the source marks it. */
  marks: ('strong' | 'emphasis')[];
}

export interface Segment {
  text: string;
  /** Number of the amendment this text is part of. */
  amendment?: number;
}

export interface AmendedUnit {
  eId: string;
  kind: UnitJson['kind'];
  /** Numbering and title of a headed unit: "Điều 2. Nhiệm vụ, quyền hạn …". */
  heading?: string;
  /** The unit's paragraph, cut where amendments start and end. */
  segments?: Segment[];
  /** The paragraph is an added unit (`unit` kind): the reading before the amendment leaves it out. */
  added: boolean;
  /** Amendments in this unit and below it. */
  count: number;
  children: AmendedUnit[];
}

export interface ArticleAmendments {
  eId: string;
  /** "Điều 2. Nhiệm vụ, quyền hạn của Ban Thường vụ Tỉnh ủy". */
  title: string;
  counts: Record<AmendmentKind, number>;
  total: number;
}

export interface AmendmentView {
  /** The id of the part holding the căn cứ, which the article table links to. */
  preambleEId?: string;
  preamble: AmendedUnit[];
  body: AmendedUnit[];
  amendments: Amendment[];
  /** Articles with at least one amendment, in order. */
  articles: ArticleAmendments[];
  totals: Record<AmendmentKind, number>;
}

const isMarked = (r: Run) => !!r.marks?.some((m) => m === 'strong' || m === 'emphasis');
const letters = (s: string) => (s.match(/[\p{L}\p{N}]/gu) ?? []).length;
const SENTENCE_END = /[.!?…]["”’)]*$/u;

function classify(unit: UnitJson, text: string, start: number, end: number): AmendmentKind {
  const stretch = text.slice(start, end).trim();
  const marker = unit.marker ?? '';
  const before = text.slice(0, start).trim();
  const after = text.slice(end).trim();
  if (marker && stretch === marker) return 'number';
  const whole = letters(stretch) >= 0.9 * letters(text);
  // A title may end in ":" ("Về kinh tế - xã hội:"), never in a full stop or ";".
  if (whole && unit.children.length && !/[.;!?…]$/u.test(stretch) && stretch.length <= 120) return 'title';
  if (whole) return 'unit';
  const startsSentence = before === '' || before === marker || /[.!?:…]["”’)]*$/u.test(before);
  const endsSentence = SENTENCE_END.test(stretch) || after === '';
  return startsSentence && endsSentence ? 'sentence' : 'phrase';
}

function articleOf(path: UnitJson[]): string {
  return (path.find((u) => u.kind === 'article') ?? path[0])!.eId;
}

/** The amendments a text marks, and the text cut at them for display. */
export function amendmentView(tree: DocumentTree): AmendmentView {
  const amendments: Amendment[] = [];
  const visit = (unit: UnitJson, path: UnitJson[], article: string | undefined): AmendedUnit => {
    const here = [...path, unit];
    const inArticle = article ?? articleOf(here);
    let segments: Segment[] | undefined;
    let added = false;
    if (unit.text) {
      const text = plainText(unit.text);
      segments = [];
      let pos = 0;
      let i = 0;
      const runs = unit.text;
      while (i < runs.length) {
        const marked = isMarked(runs[i]!);
        let j = i;
        let chunk = '';
        const marks = new Set<'strong' | 'emphasis'>();
        while (j < runs.length && isMarked(runs[j]!) === marked) {
          chunk += runs[j]!.text;
          for (const m of runs[j]!.marks ?? []) if (m === 'strong' || m === 'emphasis') marks.add(m);
          j++;
        }
        if (marked && chunk.trim()) {
          const kind = classify(unit, text, pos, pos + chunk.length);
          added ||= kind === 'unit';
          const n = amendments.length + 1;
          amendments.push({ n, kind, eId: unit.eId, article: inArticle, text: chunk.trim(), marks: [...marks].sort() });
          segments.push({ text: chunk, amendment: n });
        } else if (segments.at(-1) && segments.at(-1)!.amendment === undefined) {
          segments.at(-1)!.text += chunk;
        } else {
          segments.push({ text: chunk });
        }
        pos += chunk.length;
        i = j;
      }
    }
    const before = amendments.length;
    const children = unit.children.map((c) => visit(c, here, article));
    const own = segments?.filter((s) => s.amendment !== undefined).length ?? 0;
    return { eId: unit.eId, kind: unit.kind, heading: headingLine(unit), segments, added, count: own + amendments.length - before, children };
  };
  const preambleId = tree.parts.preamble?.eId;
  const preamble = tree.preamble.map((u) => visit(u, [], preambleId));
  const body = tree.body.map((u) => visit(u, [], undefined));
  const zero = () => Object.fromEntries(AMENDMENT_KINDS.map((k) => [k, 0])) as Record<AmendmentKind, number>;
  const totals = zero();
  const byArticle = new Map<string, ArticleAmendments>();
  const titles = new Map(tree.body.flatMap(subtree).map((u) => [u.eId, headingLine(u) ?? u.label]));
  for (const a of amendments) {
    totals[a.kind]++;
    const entry = byArticle.get(a.article) ?? { eId: a.article, title: a.article === preambleId ? 'Phần căn cứ, mở đầu' : titles.get(a.article)!, counts: zero(), total: 0 };
    entry.counts[a.kind]++;
    entry.total++;
    byArticle.set(a.article, entry);
  }
  return { ...(preambleId ? { preambleEId: preambleId } : {}), preamble, body, amendments, articles: [...byArticle.values()], totals };
}
