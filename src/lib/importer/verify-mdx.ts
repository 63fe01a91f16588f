import type { Nodes, PhrasingContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { mdxjs } from 'micromark-extension-mdxjs';
import type { DocumentTree, UnitJson } from '../../schemas/document-tree.ts';
import { normalizeRuns, type Mark, type Run } from '../model/runs.ts';
import { allUnits } from '../model/tree.ts';
import { RUN_WRAPPERS, TEXT_COMPONENTS } from './mdx.ts';
import { SourceError } from './source-error.ts';

const ALLOWED_ELEMENTS = new Set([
  ...TEXT_COMPONENTS,
  ...RUN_WRAPPERS.map((w) => w.element),
  'sup',
  'sub',
]);

type Wrapped = Partial<Pick<Run, (typeof RUN_WRAPPERS)[number]['field']>>;

/** A difference between an MDX file and its tree, at a line of the MDX body. */
class MdxProblem extends Error {
  readonly line: number | undefined;
  constructor(line: number | undefined, message: string) {
    super(message);
    this.line = line;
  }
}

/** Runs back from MDX phrasing: text with its marks and what wraps it (citation, reference, note). */
function phrasingRuns(nodes: PhrasingContent[], marks: Mark[] = [], wrapped: Wrapped = {}): Run[] {
  const out: Run[] = [];
  for (const node of nodes) {
    if (node.type === 'text') out.push({ text: node.value, ...(marks.length ? { marks } : {}), ...wrapped });
    else if (node.type === 'strong' || node.type === 'emphasis') out.push(...phrasingRuns(node.children, [...marks, node.type], wrapped));
    else if (node.type === 'mdxJsxTextElement' && (node.name === 'sup' || node.name === 'sub')) out.push(...phrasingRuns(node.children, [...marks, node.name], wrapped));
    else if (node.type === 'mdxJsxTextElement' && RUN_WRAPPERS.some((w) => w.element === node.name)) {
      const wrapper = RUN_WRAPPERS.find((w) => w.element === node.name)!;
      const value = attr(node, wrapper.attribute);
      if (!value) throw new MdxProblem(node.position?.start.line, `<${node.name}> thiếu thuộc tính "${wrapper.attribute}"`);
      out.push(...phrasingRuns(node.children, marks, { ...wrapped, [wrapper.field]: value }));
    } else throw new MdxProblem(node.position?.start.line, `nút "${node.type}" không được phép trong nội dung văn bản`);
  }
  return out;
}

function attr(node: { attributes: MdxJsxFlowElement['attributes'] }, name: string): string | undefined {
  const a = node.attributes.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  return typeof a?.value === 'string' ? a.value : undefined;
}

const same = (a: Run[] | undefined, b: Run[] | undefined) => JSON.stringify(normalizeRuns(a ?? [])) === JSON.stringify(normalizeRuns(b ?? []));

/**
 * Parses generated MDX back and checks it says exactly what the document tree says: the same
 * units, the same text with the same formatting, citations and references, and nothing that
 * MDX would run as code. Throws a SourceError at the MDX file's line on the first difference:
 * an importer bug, or a hand edit, must never reach a page.
 */
export function verifyMdx(mdx: string, tree: DocumentTree, file: string): void {
  const end = mdx.indexOf('\n---\n', 4);
  // Lines of the frontmatter, so a problem is reported at its line in the whole file.
  const offset = end < 0 ? 0 : mdx.slice(0, end + 5).split('\n').length - 1;
  try {
    verifyBody(mdx.slice(end + 5), tree);
  } catch (error) {
    if (!(error instanceof MdxProblem)) throw error;
    throw new SourceError(file, error.line === undefined ? undefined : error.line + offset, error.message);
  }
}

function verifyBody(body: string, tree: DocumentTree): void {
  let root;
  try {
    root = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
  } catch (error) {
    const place = error as { line?: number; reason?: string; message?: string };
    throw new MdxProblem(place.line, `MDX không đọc được: ${place.reason ?? place.message}`);
  }
  const units = allUnits(tree);
  const expected = new Map<string, UnitJson>(units.map((u) => [u.eId, u]));
  if (expected.size !== units.length) {
    const twice = units.find((u, i) => units.findIndex((v) => v.eId === u.eId) !== i)!;
    throw new MdxProblem(undefined, `id "${twice.eId}" có hai đơn vị trong cây văn bản`);
  }
  const found = new Set<string>();

  const walk = (node: Nodes) => {
    if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression' || node.type === 'html') {
      throw new MdxProblem(node.position?.start.line, `MDX chứa mã hoặc HTML thô (${node.type}), thứ trình nhập không bao giờ sinh ra`);
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && !ALLOWED_ELEMENTS.has(node.name ?? '')) {
      throw new MdxProblem(node.position?.start.line, `MDX chứa thành phần lạ <${node.name}>`);
    }
    if (node.type === 'mdxJsxFlowElement' && node.name === 'Unit') {
      const eId = attr(node, 'eId') ?? '';
      const unit = expected.get(eId);
      const line = node.position?.start.line;
      if (!unit) throw new MdxProblem(line, `MDX có đơn vị "${eId}" không có trong cây văn bản`);
      if (attr(node, 'kind') !== unit.kind) throw new MdxProblem(line, `loại của đơn vị "${eId}" trong MDX khác cây văn bản`);
      found.add(eId);
      let text: Run[] | undefined;
      let heading: Run[] | undefined;
      let marker: string | undefined;
      for (const child of node.children) {
        if (child.type !== 'paragraph') continue;
        const only = child.children.length === 1 ? child.children[0] : undefined;
        if (only?.type === 'mdxJsxTextElement' && only.name === 'UnitHeading') {
          heading = phrasingRuns(only.children);
          marker = attr(only, 'marker');
        } else text = phrasingRuns(child.children);
      }
      if (!same(text, unit.text)) throw new MdxProblem(line, `nội dung của đơn vị "${eId}" trong MDX khác cây văn bản`);
      if (!same(heading, unit.heading)) throw new MdxProblem(line, `tiêu đề của đơn vị "${eId}" trong MDX khác cây văn bản`);
      if (marker !== undefined && marker !== unit.marker) throw new MdxProblem(line, `số hiệu của đơn vị "${eId}" trong MDX khác cây văn bản`);
    }
    if ('children' in node) (node.children as Nodes[]).forEach(walk);
  };
  walk(root);
  const missing = [...expected.keys()].filter((id) => !found.has(id));
  if (missing.length) throw new MdxProblem(undefined, `MDX thiếu các đơn vị: ${missing.slice(0, 5).join(', ')}`);
}
