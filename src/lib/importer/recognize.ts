import type { UnitKind } from '../model/eid.ts';
import { joinRuns, plainText, sliceRuns, trimRuns, withoutEmphasis, type Run } from '../model/runs.ts';
import type { SourceLine } from './lines.ts';
import {
  BASIS,
  EFFECT_STATEMENT,
  PARTY_MOTTO,
  PERSON_NAME,
  PLACE_DATE,
  endsInsideName,
  endsSentence,
  isAllUppercase,
  isFinished,
  matchLine,
  startsLowercase,
  type LineMatch,
} from './patterns.ts';
import { SourceError } from './source-error.ts';

/** A unit as recognized, before ids are given. */
export interface DraftUnit {
  kind: UnitKind;
  num?: string;
  marker?: string;
  heading?: Run[];
  text?: Run[];
  line: number;
  children: DraftUnit[];
}

export interface DraftAttachment {
  line: number;
  header: Run[][];
  title: Run[][];
  children: DraftUnit[];
  closing: Run[][];
}

export interface DraftDocument {
  header: Run[][];
  title: Run[][];
  /** Trích yếu: the title lines after the document type, as one string. */
  subject: string;
  preamble: DraftUnit[];
  body: DraftUnit[];
  recipients: { heading: Run[]; items: Run[][] } | null;
  signature: Run[][] | null;
  attachments: DraftAttachment[];
}

/**
 * Rank of each kind of numbered line: a new line closes every open unit of the same or a
 * lower rank. Mirrors the grammar Chương → Điều → khoản → điểm (and Mục → điểm → tiết).
 */
const RANK = { chapter: 1, section: 2, article: 3, numbered: 4, subpoint: 5, point: 6, indent: 7 } as const;

interface Open {
  unit: DraftUnit;
  rank: number;
}

/** Where text split by a page break continues. */
interface TextTarget {
  unit: DraftUnit;
  field: 'text' | 'heading';
  /** Written as a heading (bold, `#`): a new paragraph after it is its body, never its continuation. */
  sealed?: boolean;
}

/** Reads lines in order; each reader takes what it recognizes and leaves the rest. */
export class Cursor {
  private i = 0;
  private readonly lines: SourceLine[];
  constructor(lines: SourceLine[]) {
    this.lines = lines;
  }
  get done(): boolean {
    return this.i >= this.lines.length;
  }
  peek(k = 0): SourceLine | undefined {
    return this.lines[this.i + k];
  }
  next(): SourceLine {
    const line = this.lines[this.i++];
    if (!line) throw new Error('đọc quá cuối văn bản');
    return line;
  }
  rest(): SourceLine[] {
    return this.lines.slice(this.i);
  }
}

const plain = (line: SourceLine) => plainText(line.runs).trim();

/** What a line says about structure; a rule (`---`, `***`) is text wherever it is not a separator. */
const lineMatch = (line: SourceLine): LineMatch => (line.rule ? { type: 'text', restStart: 0, rest: plain(line) } : matchLine(plain(line)));

/**
 * True when `next` continues the paragraph `runs`: a page break split it. Joining loses no text.
 * Lowercase after an unfinished sentence always continues it; a capital continues it only when
 * the break fell inside a proper name ("của Bộ / Chính trị").
 */
function continues(runs: Run[], next: SourceLine | undefined, headingOnly = false): boolean {
  if (!next || next.rule || lineMatch(next).type !== 'text') return false;
  if (!next.paraStart) return true;
  const text = plainText(runs);
  if (headingOnly) return false;
  // A new paragraph never starts in lowercase: after "…;" or "…," it is the same sentence.
  if (startsLowercase(plain(next))) return !endsSentence(text);
  return !isFinished(text) && endsInsideName(text);
}

function toRank(m: LineMatch): number | undefined {
  switch (m.type) {
    case 'chapter':
    case 'section':
    case 'article':
    case 'indent':
    case 'point':
      return RANK[m.type];
    case 'numbered':
      return m.num?.includes('.') ? RANK.subpoint : RANK.numbered;
    default:
      return undefined;
  }
}

export interface RecognizeOptions {
  file: string;
  /** Loại văn bản from the metadata ("Quy định"): its capitalised form opens the title. */
  type: string;
}

/** Reads the structure of a document from its lines. */
export function recognize(lines: SourceLine[], options: RecognizeOptions): DraftDocument {
  const { file } = options;
  const typeWord = options.type.toLocaleUpperCase('vi');
  const titleAt = lines.findIndex((l) => !l.rule && plain(l).startsWith(typeWord));
  if (titleAt < 0) {
    throw new SourceError(
      file,
      lines[0]?.line,
      `không tìm thấy dòng tên loại văn bản "${typeWord}" (trường "type" trong tệp metadata là "${options.type}")`,
    );
  }
  const header = lines.slice(0, titleAt).filter((l) => !l.rule).map((l) => l.runs);
  const cur = new Cursor(lines.slice(titleAt));
  const { title, subject } = readTitle(cur, typeWord);
  const hasArticles = cur.rest().some((l) => matchLine(plain(l)).type === 'article');
  const preamble = readPreamble(cur);
  const body = readBody(cur, { hasArticles, inAttachment: false });
  const { recipients, signature } = readClosing(cur);
  const attachments: DraftAttachment[] = [];
  if (!cur.done) attachments.push(readAttachment(cur, file));
  if (!cur.done) {
    const stray = cur.peek()!;
    throw new SourceError(file, stray.line, `không xếp được dòng "${plain(stray).slice(0, 60)}" vào cấu trúc văn bản`);
  }
  if (!body.length && !preamble.length) {
    throw new SourceError(file, lines[titleAt]?.line, 'văn bản không có nội dung sau tên văn bản');
  }
  return { header, title, subject, preamble, body, recipients, signature, attachments };
}

/**
 * Title lines: the type word, then the trích yếu. Word processors glue the parts together
 * ("HƯỚNG DẪNtiếp tục…", "CHỈ THỊCỦA BAN…"); they are split where the type word ends and
 * where capitals turn to lowercase without a space.
 */
export function readTitle(cur: Cursor, typeWord: string): { title: Run[][]; subject: string } {
  const parts: Run[][] = [];
  const first = cur.next();
  const firstRuns = withoutEmphasis(first.runs);
  let pieces = [sliceRuns(firstRuns, 0, typeWord.length), sliceRuns(firstRuns, typeWord.length)];
  pieces = pieces.flatMap(splitAtCaseChange);
  parts.push(...pieces.map(trimRuns).filter((p) => p.length));
  while (!cur.done) {
    const next = cur.peek()!;
    if (next.rule) {
      cur.next();
      break;
    }
    if (next.paraStart && !startsLowercase(plain(next))) break;
    cur.next();
    for (const piece of splitAtCaseChange(withoutEmphasis(next.runs))) {
      const last = parts.at(-1)!;
      if (startsLowercase(plainText(piece)) && !isAllUppercase(plainText(last))) parts[parts.length - 1] = joinRuns(last, piece);
      else parts.push(trimRuns(piece));
    }
  }
  const subject = parts
    .slice(1)
    .map(plainText)
    .filter((t) => !isAllUppercase(t))
    .join(' ')
    .trim();
  return { title: parts, subject };
}

/** Splits an all-capitals lead ("CỦA BAN THƯỜNG VỤ TỈNH ỦY") from the lowercase text after it. */
function splitAtCaseChange(runs: Run[]): Run[][] {
  const text = plainText(runs);
  const cut = text.search(/\p{Ll}/u);
  if (cut <= 0 || !isAllUppercase(text.slice(0, cut))) return [runs];
  return [sliceRuns(runs, 0, cut), sliceRuns(runs, cut)].filter((r) => plainText(r).trim());
}

function isBodyStart(m: LineMatch): boolean {
  return ['chapter', 'section', 'article', 'numbered', 'recipients', 'signature'].includes(m.type);
}

export function readPreamble(cur: Cursor): DraftUnit[] {
  const units: DraftUnit[] = [];
  let last: DraftUnit | undefined;
  while (!cur.done) {
    const line = cur.peek()!;
    if (isBodyStart(lineMatch(line))) break;
    cur.next();
    if (last?.text && continues(last.text, line)) {
      last.text = joinRuns(last.text, line.runs);
      continue;
    }
    const unit: DraftUnit = { kind: BASIS.test(plain(line)) ? 'basis' : 'paragraph', text: line.runs, line: line.line, children: [] };
    units.push(unit);
    // Nothing continues a rule: it is a line of its own.
    last = line.rule ? undefined : unit;
  }
  return units;
}

export interface BodyOptions {
  /** The text has articles (Điều): numbered lines inside them are khoản. */
  hasArticles: boolean;
  /** Inside an attached form, a place-and-date line or a footnote ends the body. */
  inAttachment: boolean;
}

function isFootnote(line: SourceLine): boolean {
  const first = line.runs[0];
  return !!first?.marks?.includes('sup') && /^\d+$/.test(first.text.trim());
}

export function readBody(cur: Cursor, options: BodyOptions): DraftUnit[] {
  const roots: DraftUnit[] = [];
  const stack: Open[] = [];
  let target: TextTarget | undefined;

  const parent = () => stack.at(-1)?.unit;
  const attach = (unit: DraftUnit) => (parent()?.children ?? roots).push(unit);
  const closeTo = (rank: number) => {
    while (stack.length && stack.at(-1)!.rank >= rank) stack.pop();
  };
  const open = (unit: DraftUnit, rank: number) => {
    closeTo(rank);
    attach(unit);
    stack.push({ unit, rank });
  };

  while (!cur.done) {
    const line = cur.peek()!;
    const text = plain(line);
    const m = lineMatch(line);
    if (m.type === 'recipients' || m.type === 'signature') break;
    if (options.inAttachment && (PLACE_DATE.test(text) || isFootnote(line))) break;
    cur.next();

    if (m.type === 'text') {
      const current = target && target.unit[target.field];
      if (current && continues(current, line, target!.field === 'heading' || target!.sealed)) {
        target!.unit[target!.field] = joinRuns(current, line.runs);
        continue;
      }
      if (EFFECT_STATEMENT.test(text)) {
        // "Quy định này thay thế …" closes the article or top-level point it stands in.
        closeTo(options.hasArticles ? RANK.numbered : RANK.subpoint);
      } else if (stack.at(-1)?.rank === RANK.indent) {
        // A plain paragraph after a bullet belongs to the bullet's parent, as it is laid out.
        stack.pop();
      }
      const paragraph: DraftUnit = { kind: 'paragraph', text: line.runs, line: line.line, children: [] };
      attach(paragraph);
      target = line.rule ? undefined : { unit: paragraph, field: 'text' };
      continue;
    }

    const rank = toRank(m)!;
    const restRuns = trimRuns(sliceRuns(line.runs, m.restStart));
    switch (m.type) {
      case 'chapter': {
        const unit: DraftUnit = { kind: 'chapter', num: m.num, marker: m.marker, line: line.line, children: [] };
        let heading = withoutEmphasis(restRuns);
        const next = cur.peek();
        if (!heading.length && next && !next.rule && matchLine(plain(next)).type === 'text' && isAllUppercase(plain(next))) {
          heading = withoutEmphasis(cur.next().runs);
        }
        if (heading.length) unit.heading = heading;
        open(unit, rank);
        target = unit.heading ? { unit, field: 'heading' } : undefined;
        break;
      }
      case 'section': {
        const unit: DraftUnit = { kind: 'section', num: m.num, marker: m.marker, heading: withoutEmphasis(restRuns), line: line.line, children: [] };
        open(unit, rank);
        target = { unit, field: 'heading' };
        break;
      }
      case 'article': {
        const unit: DraftUnit = { kind: 'article', num: m.num, marker: m.marker, line: line.line, children: [] };
        open(unit, rank);
        if (!restRuns.length) {
          target = undefined;
        } else if (isHeadingLine(line, restRuns, cur.peek())) {
          unit.heading = withoutEmphasis(restRuns);
          target = { unit, field: 'heading' };
        } else {
          const paragraph: DraftUnit = { kind: 'paragraph', text: restRuns, line: line.line, children: [] };
          unit.children.push(paragraph);
          target = { unit: paragraph, field: 'text' };
        }
        break;
      }
      case 'numbered': {
        const dotted = m.num!.includes('.');
        const inArticle = options.hasArticles && stack.some((o) => o.unit.kind === 'article');
        const kind: UnitKind = dotted ? 'subpoint' : inArticle ? 'clause' : 'point';
        const unit: DraftUnit = { kind, num: m.num, marker: m.marker, line: line.line, children: [] };
        open(unit, rank);
        if (kind !== 'clause' && restRuns.length && isHeadingLine(line, restRuns, cur.peek())) {
          unit.heading = withoutEmphasis(restRuns);
          target = { unit, field: 'heading' };
        } else {
          unit.text = line.runs;
          // A short line written as a heading keeps its body apart; a long bold one can be split by a page break.
          target = { unit, field: 'text', sealed: line.marked && plainText(restRuns).length <= HEADING_MAX };
        }
        break;
      }
      case 'point':
      case 'indent': {
        const unit: DraftUnit = { kind: m.type, num: m.num, marker: m.marker, text: line.runs, line: line.line, children: [] };
        open(unit, rank);
        target = { unit, field: 'text' };
        break;
      }
    }
  }
  return roots;
}

/** Longer than this, a numbered line is text, whatever its formatting. */
const HEADING_MAX = 200;

/** A numbered line is a heading when marked as one, or when it is a short unfinished phrase standing alone. */
function isHeadingLine(line: SourceLine, rest: Run[], next: SourceLine | undefined): boolean {
  if (line.marked) return true;
  const text = plainText(rest);
  return !isFinished(text) && text.length <= HEADING_MAX && !continues(rest, next);
}

export function readClosing(cur: Cursor): Pick<DraftDocument, 'recipients' | 'signature'> {
  let recipients: DraftDocument['recipients'] = null;
  let signature: Run[][] | null = null;
  while (!cur.done) {
    const line = cur.peek()!;
    const m = matchLine(plain(line));
    if (m.type === 'recipients' && !recipients) {
      cur.next();
      recipients = { heading: line.runs, items: [] };
      while (!cur.done) {
        const item = cur.peek()!;
        const im = matchLine(plain(item));
        if (im.type === 'indent') recipients.items.push(cur.next().runs);
        else if (im.type === 'text' && recipients.items.length && continues(recipients.items.at(-1)!, item)) {
          recipients.items[recipients.items.length - 1] = joinRuns(recipients.items.at(-1)!, cur.next().runs);
        } else break;
      }
    } else if (m.type === 'signature' && !signature) {
      signature = [cur.next().runs];
      // The position held ("BÍ THƯ"), then the signer's name when the text gives it.
      while (!cur.done) {
        const next = plain(cur.peek()!);
        if (signature.length <= 3 && isAllUppercase(next) && !next.includes('..') && matchLine(next).type === 'text') {
          signature.push(cur.next().runs);
        } else {
          if (PERSON_NAME.test(next)) signature.push(cur.next().runs);
          break;
        }
      }
    } else {
      break;
    }
  }
  return { recipients, signature };
}

/** An attached form: its own header, title, numbered items, signature area and footnotes. */
export function readAttachment(cur: Cursor, file: string): DraftAttachment {
  const start = cur.peek()!;
  const header: Run[][] = [];
  const title: Run[][] = [];
  while (!cur.done) {
    const line = cur.peek()!;
    const text = plain(line);
    if (line.rule) {
      cur.next();
      if (title.length) break;
      continue;
    }
    const titleLike = (line.marked || isAllUppercase(text)) && !PARTY_MOTTO.test(text) && text.split(/\s+/).length >= 4;
    if (titleLike || (title.length && isAllUppercase(text))) {
      title.push(withoutEmphasis(cur.next().runs));
      continue;
    }
    if (title.length) break;
    if (matchLine(text).type !== 'text') break;
    header.push(cur.next().runs);
  }
  const children = readBody(cur, { hasArticles: false, inAttachment: true });
  const closing: Run[][] = [];
  while (!cur.done) {
    const line = cur.next();
    if (isFootnote(line)) {
      const num = line.runs[0]!.text.trim();
      children.push({ kind: 'footnote', num, marker: num, text: line.runs, line: line.line, children: [] });
    } else if (children.at(-1)?.kind === 'footnote') {
      const note = children.at(-1)!;
      note.text = joinRuns(note.text!, line.runs);
    } else {
      closing.push(line.runs);
    }
  }
  if (!children.length && !title.length) {
    throw new SourceError(file, start.line, 'phần sau chữ ký không nhận ra được là phụ lục hay mẫu kèm theo');
  }
  return { line: start.line, header, title, children, closing };
}
