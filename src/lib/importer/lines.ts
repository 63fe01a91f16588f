import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { allMarked, normalizeRuns, plainText, trimRuns, type Mark, type Run } from '../model/runs.ts';
import { isAllUppercase, matchLine } from './patterns.ts';

/** One line of source text, the unit the structure recognizer reads. */
export interface SourceLine {
  runs: Run[];
  /** 1-based line in the source file. */
  line: number;
  /** First line of a source paragraph (a blank line or a block boundary came before it). */
  paraStart: boolean;
  /** Written as a Markdown heading, or bold from end to end: it may be a heading. */
  marked: boolean;
  /** A thematic break (`-----`); its runs keep the characters as written. */
  rule?: true;
}

/**
 * The only Markdown these texts are read with: bold and italic runs (which mark amendments),
 * `#` headings, list markers, rules, indented lines (tabs in a header), `<sup>`/`<sub>` and the
 * converter's `\*`. Everything else a word processor's Markdown export could never mean (links,
 * images, autolinks, code spans and fences, entities, raw HTML blocks, block quotes, setext
 * headings, GFM tables, strikethrough and footnotes) is switched off, so it stays the text it is.
 */
const TEXT_FIRST = {
  disable: {
    null: [
      'autolink',
      'blockQuote',
      'characterReference',
      'codeFenced',
      'codeText',
      'definition',
      'hardBreakEscape',
      'htmlFlow',
      'labelStartImage',
      'labelStartLink',
      'labelEnd',
      'setextUnderline',
    ],
  },
};

/**
 * Parses the source text and flattens it into lines of formatted runs. Markdown markers go
 * (heading hashes, emphasis stars); the words and their bold/italic stay, and so does every
 * other character. List markers are put back as text ("1.", "-"), because in these texts they
 * are the official numbering.
 */
export function sourceLines(text: string): SourceLine[] {
  const source = asText(withSplitBoldRuns(text));
  const root = fromMarkdown(source, { extensions: [TEXT_FIRST] }) as Root;
  const out: SourceLine[] = [];
  for (const node of root.children) flow(node, source, out, undefined);
  return out;
}

/**
 * Escapes what would still read as markup but is the text's own: a backslash (only `\*` is an
 * escape, the converter's literal star), an underscore (these texts mark italics with stars), a
 * star between digits ("2*3"). Escapes add characters within a line, never lines.
 */
function asText(text: string): string {
  return text.replace(/\\(?!\*)/g, '\\\\').replace(/_/g, '\\_').replace(/(?<=\d)\*(?=\d)/g, '\\*');
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
    case 'heading': {
      // Hashes are markup only on a line that reads as a heading; otherwise they are the text's.
      const runs = runsOf(node.children);
      const text = plainText(runs).trim();
      if (text && (matchLine(text).type !== 'text' || isAllUppercase(text) || allMarked(runs, 'strong'))) {
        pushPhrasing(node.children, lineOf(node), true, marker, out);
        return;
      }
      const start = node.position?.start.offset ?? 0;
      const end = node.position?.end.offset ?? start;
      const from = node.children[0]?.position?.start.offset ?? end;
      const to = node.children.at(-1)?.position?.end.offset ?? end;
      const literal = normalizeRuns([{ text: source.slice(start, from) }, ...runs, { text: source.slice(to, end) }]);
      out.push(makeLine(literal, lineOf(node), true, false, marker));
      return;
    }
    case 'paragraph':
      pushPhrasing(node.children, lineOf(node), false, marker, out);
      return;
    case 'thematicBreak': {
      const literal = source.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0).trim();
      out.push({ runs: [{ text: literal }], line: lineOf(node), paraStart: true, marked: false, rule: true });
      return;
    }
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
    case 'code':
      // Indented lines (tabs in a header) are text here, never code.
      pushPlain(node.value, lineOf(node), marker, out);
      return;
    default:
      // Nothing else is parsed (see TEXT_FIRST); were it, it would be kept as written.
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
        push(node.value);
        break;
      case 'break':
        push('\n');
        break;
      case 'strong':
      case 'emphasis':
        for (const run of runsOf(node.children, [...open, node.type])) out.push(run);
        break;
      case 'html': {
        const tag = /^<(\/?)(sup|sub)\s*>$/i.exec(node.value.trim());
        const mark = tag ? INLINE_TAGS[tag[2]!.toLowerCase()] : undefined;
        if (tag && mark) open = tag[1] ? open.filter((m) => m !== mark) : [...open, mark];
        else push(node.value);
        break;
      }
      default:
        // Nothing else is parsed (see TEXT_FIRST): fail loudly rather than drop words.
        throw new Error(`lines.ts: nút Markdown không được xử lý "${node.type}"`);
    }
  }
  return out;
}
