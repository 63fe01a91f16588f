import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { PhrasingContent, Root, RootContent } from 'mdast';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { stringify } from 'yaml';
import type { DocumentTree, UnitJson } from '../../schemas/document-tree.ts';
import type { Mark, Run } from '../model/runs.ts';

/** The MDX components the generated text may use, and nothing else (verify-mdx.ts checks). */
export const TEXT_COMPONENTS = ['Unit', 'Preamble', 'Block', 'Line', 'UnitHeading', 'Attachment'] as const;

/** Fixed blocks of lines that are not numbered units. */
export const BLOCK_KINDS = ['header', 'title', 'recipients', 'signature', 'attachment-header', 'attachment-title', 'closing'] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

const MARK_ORDER: Mark[] = ['strong', 'emphasis', 'sup', 'sub'];

function attrs(values: Record<string, string | undefined>): MdxJsxAttribute[] {
  return Object.entries(values)
    .filter((e): e is [string, string] => e[1] !== undefined)
    .map(([name, value]) => ({ type: 'mdxJsxAttribute', name, value }));
}

function textElement(name: string, values: Record<string, string | undefined>, children: PhrasingContent[]): MdxJsxTextElement {
  return { type: 'mdxJsxTextElement', name, attributes: attrs(values), children };
}

function flowElement(name: string, values: Record<string, string | undefined>, children: MdxJsxFlowElement['children']): MdxJsxFlowElement {
  return { type: 'mdxJsxFlowElement', name, attributes: attrs(values), children };
}

/**
 * Components that wrap a stretch of runs, outermost first, and the run field each carries:
 * a citation link (`<Cite doc>`), an internal reference (`<UnitRef eId>`), an editorial note
 * (`<Sic note>`). A citation is outermost so one link covers the whole phrase, bold or not.
 */
export const RUN_WRAPPERS = [
  { field: 'cite', element: 'Cite', attribute: 'doc' },
  { field: 'unitRef', element: 'UnitRef', attribute: 'eId' },
  { field: 'sic', element: 'Sic', attribute: 'note' },
] as const;

/**
 * Runs as mdast phrasing. Runs are grouped by wrapper, then by mark, outermost first, so
 * neighbours that share bold become one `strong` node: "**a *b***", never "**a*****b***",
 * and one marked run stays one.
 */
export function runsToPhrasing(runs: readonly Run[], level = 0): PhrasingContent[] {
  const wrapper = RUN_WRAPPERS[level];
  if (!wrapper) return byMark([...runs], MARK_ORDER);
  const out: PhrasingContent[] = [];
  let i = 0;
  while (i < runs.length) {
    const value = runs[i]![wrapper.field];
    let j = i;
    while (j < runs.length && runs[j]![wrapper.field] === value) j++;
    const inner = runsToPhrasing(
      runs.slice(i, j).map((r) => ({ ...r, [wrapper.field]: undefined })),
      level + 1,
    );
    out.push(...(value ? [textElement(wrapper.element, { [wrapper.attribute]: value }, inner)] : inner));
    i = j;
  }
  return out;
}

function byMark(runs: Run[], marks: Mark[]): PhrasingContent[] {
  const [mark, ...rest] = marks;
  if (!mark) return runs.map((r) => ({ type: 'text', value: r.text }));
  const out: PhrasingContent[] = [];
  let i = 0;
  while (i < runs.length) {
    const has = !!runs[i]!.marks?.includes(mark);
    let j = i;
    while (j < runs.length && !!runs[j]!.marks?.includes(mark) === has) j++;
    const inner = byMark(runs.slice(i, j), rest);
    if (!has) out.push(...inner);
    else if (mark === 'strong' || mark === 'emphasis') out.push({ type: mark, children: inner } as PhrasingContent);
    else out.push(textElement(mark, {}, inner));
    i = j;
  }
  return out;
}

function lineParagraph(runs: Run[]): RootContent {
  return { type: 'paragraph', children: [textElement('Line', {}, runsToPhrasing(runs))] };
}

function block(kind: BlockKind, lines: Run[][], extra: Record<string, string | undefined> = {}): MdxJsxFlowElement {
  // Title lines share one paragraph so they render as one heading.
  const children: RootContent[] =
    kind === 'title' || kind === 'attachment-title'
      ? [{ type: 'paragraph', children: lines.map((l) => textElement('Line', {}, runsToPhrasing(l))) }]
      : lines.map(lineParagraph);
  return flowElement('Block', { kind, ...extra }, children as MdxJsxFlowElement['children']);
}

function unitNode(unit: UnitJson, level: number): MdxJsxFlowElement {
  const children: RootContent[] = [];
  let childLevel = level;
  if (unit.marker !== undefined && (unit.heading || !unit.text)) {
    children.push({
      type: 'paragraph',
      children: [textElement('UnitHeading', { level: String(Math.min(level, 6)), marker: unit.marker }, runsToPhrasing(unit.heading ?? []))],
    });
    childLevel = level + 1;
  }
  if (unit.text) children.push({ type: 'paragraph', children: runsToPhrasing(unit.text) });
  for (const child of unit.children) children.push(unitNode(child, childLevel));
  // The kind is written out so the component never has to read it from the id.
  return flowElement('Unit', { kind: unit.kind, eId: unit.eId }, children as MdxJsxFlowElement['children']);
}

/** The MDX of a document: frontmatter, then its blocks and units as components around escaped text. */
export function toMdx(tree: DocumentTree): string {
  const root: Root = { type: 'root', children: [] };
  const push = (node: RootContent | null) => node && root.children.push(node);
  if (tree.header.length) push(block('header', tree.header, { eId: tree.parts.header?.eId }));
  push(block('title', tree.title));
  if (tree.preamble.length) push(flowElement('Preamble', { eId: tree.parts.preamble?.eId }, tree.preamble.map((u) => unitNode(u, 2))));
  for (const unit of tree.body) push(unitNode(unit, 2));
  if (tree.recipients) push(block('recipients', [tree.recipients.heading, ...tree.recipients.items], { eId: tree.parts.recipients?.eId }));
  if (tree.signature) push(block('signature', tree.signature, { eId: tree.parts.signature?.eId }));
  for (const a of tree.attachments) {
    const children: RootContent[] = [];
    if (a.header.length) children.push(block('attachment-header', a.header));
    if (a.title.length) children.push(block('attachment-title', a.title));
    // Footnotes come after the form's signature area, as on paper.
    for (const unit of a.children.filter((u) => u.kind !== 'footnote')) children.push(unitNode(unit, 3));
    if (a.closing.length) children.push(block('closing', a.closing));
    for (const unit of a.children.filter((u) => u.kind === 'footnote')) children.push(unitNode(unit, 3));
    push(flowElement('Attachment', { eId: a.eId }, children as MdxJsxFlowElement['children']));
  }
  const body = toMarkdown(root, { extensions: [mdxToMarkdown()], bullet: '-', emphasis: '_', strong: '*', fences: true });
  // YAML 1.1, as Astro reads frontmatter: a string that 1.1 would take for a date (an import time) is quoted.
  const frontmatter = stringify(tree.meta, { lineWidth: 0, version: '1.1' }).trimEnd();
  const notice = `# Sinh ra bởi \`npm run import\` từ content/sources/${tree.meta.source}. Đừng sửa tay: sửa nguồn hoặc metadata rồi nhập lại.`;
  return `---\n${notice}\n${frontmatter}\n---\n\n${body}`;
}
