import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { allMarked, normalizeRuns, trimRuns, type Mark, type Run } from '../model/runs.ts';

/** One line of source text, the unit the structure recognizer reads. */
export interface SourceLine {
  runs: Run[];
  /** 1-based line in the source file. */
  line: number;
  /** First line of a source paragraph (a blank line or a block boundary came before it). */
  paraStart: boolean;
  /** Written as a Markdown heading, or bold from end to end: it may be a heading. */
  marked: boolean;
  /** A thematic break (`-----`). */
  rule?: true;
}

const parser = unified().use(remarkParse).use(remarkGfm);

/**
 * Parses Markdown-like source text with remark and flattens it into lines of formatted runs.
 * Markdown markers go (heading hashes, emphasis stars, escapes); the words and their
 * bold/italic stay. List markers are put back as text ("1.", "-"), because in these texts
 * they are the official numbering.
 */
export function sourceLines(text: string): SourceLine[] {
  const source = withSplitBoldRuns(text);
  const root = parser.parse(source) as Root;
  const out: SourceLine[] = [];
  for (const node of root.children) flow(node, source, out, undefined);
  return out;
}

/**
 * Word processors close one bold run and open the next with nothing between
 * ("**HƯỚNG DẪN****tiếp tục …**"); CommonMark then reads the four stars as literal text.
 * A space between them lets them parse as the two bold runs they are. No word changes.
 */
function withSplitBoldRuns(text: string): string {
  return text.replace(/(?<=\S)\*\*\*\*(?=\S)/g, '** **');
}

function lineOf(node: Nodes): number {
  return node.position?.start.line ?? 1;
}

function flow(node: RootContent, source: string, out: SourceLine[], marker: string | undefined): void {
  switch (node.type) {
    case 'heading':
      pushPhrasing(node.children, lineOf(node), true, marker, out);
      return;
    case 'paragraph':
      pushPhrasing(node.children, lineOf(node), false, marker, out);
      return;
    case 'thematicBreak':
      out.push({ runs: [], line: lineOf(node), paraStart: true, marked: false, rule: true });
      return;
    case 'list':
      for (const item of node.children) {
        const start = item.position?.start.offset ?? 0;
        const first = item.children[0];
        const end = first?.position?.start.offset ?? item.position?.end.offset ?? start;
        // The literal marker as written ("16.", "-"), not the number remark computed.
        const literal = source.slice(start, end).trim();
        if (!first) out.push({ runs: [{ text: literal }], line: lineOf(item), paraStart: true, marked: false });
        item.children.forEach((child, i) => flow(child, source, out, i === 0 ? literal : undefined));
      }
      return;
    case 'blockquote':
      node.children.forEach((child, i) => flow(child, source, out, i === 0 ? marker : undefined));
      return;
    case 'code':
    case 'html':
      // Indented lines (tabs in a header) and raw HTML are text here, never markup.
      pushPlain(node.value, lineOf(node), marker, out);
      return;
    case 'table':
      for (const row of node.children) {
        const cells = row.children.flatMap((cell, i) => (i ? [{ text: ' ' }, ...runsOf(cell.children)] : runsOf(cell.children)));
        out.push(makeLine(cells, lineOf(row), true, false, marker));
      }
      return;
    default:
      // Anything else (definitions, footnote definitions) is kept as the text it was written as.
      pushPlain(source.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0), lineOf(node), marker, out);
  }
}

function makeLine(runs: Run[], line: number, paraStart: boolean, headingMarkup: boolean, marker: string | undefined): SourceLine {
  const withMarker = marker ? normalizeRuns([{ text: `${marker} ` }, ...runs]) : runs;
  const trimmed = trimRuns(withMarker);
  return { runs: trimmed, line, paraStart, marked: headingMarkup || allMarked(runs, 'strong') };
}

function pushPlain(value: string, line: number, marker: string | undefined, out: SourceLine[]): void {
  value.split('\n').forEach((text, i) => {
    if (!text.trim()) return;
    out.push(makeLine([{ text }], line + i, i === 0, false, i === 0 ? marker : undefined));
  });
}

function pushPhrasing(children: PhrasingContent[], line: number, heading: boolean, marker: string | undefined, out: SourceLine[]): void {
  splitLines(runsOf(children)).forEach((runs, i) => {
    if (!runs.some((r) => r.text.trim())) return;
    out.push(makeLine(runs, line + i, i === 0, heading, i === 0 ? marker : undefined));
  });
}

/** Splits runs at line breaks (soft breaks live in text values as "\n"). */
function splitLines(runs: Run[]): Run[][] {
  const lines: Run[][] = [[]];
  for (const run of runs) {
    run.text.split('\n').forEach((part, i) => {
      if (i > 0) lines.push([]);
      lines.at(-1)!.push({ ...run, text: part });
    });
  }
  return lines.map(normalizeRuns);
}

/** Inline HTML these texts use for footnote marks and subscripts; any other tag is literal text. */
const INLINE_TAGS: Record<string, Mark> = { sup: 'sup', sub: 'sub' };

function runsOf(children: PhrasingContent[], marks: Mark[] = []): Run[] {
  const out: Run[] = [];
  let open: Mark[] = [...marks];
  const push = (text: string) => out.push({ text, ...(open.length ? { marks: [...open] } : {}) });
  for (const node of children) {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        push(node.value);
        break;
      case 'break':
        push('\n');
        break;
      case 'strong':
      case 'emphasis':
      case 'delete':
        for (const run of runsOf(node.children, [...open, node.type])) out.push(run);
        break;
      case 'link':
      case 'linkReference':
        for (const run of runsOf(node.children, open)) out.push(run);
        break;
      case 'image':
      case 'imageReference':
        push(node.alt ?? '');
        break;
      case 'html': {
        const tag = /^<(\/?)(sup|sub)\s*>$/i.exec(node.value.trim());
        const mark = tag ? INLINE_TAGS[tag[2]!.toLowerCase()] : undefined;
        if (tag && mark) open = tag[1] ? open.filter((m) => m !== mark) : [...open, mark];
        else push(node.value);
        break;
      }
      case 'footnoteReference':
        push(`[^${node.label ?? node.identifier}]`);
        break;
      default:
        break;
    }
  }
  return out;
}
