import type { Nodes, PhrasingContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { mdxjs } from 'micromark-extension-mdxjs';
import type { DocumentTree, UnitJson } from '../../schemas/document-tree.ts';
import { normalizeRuns, type Mark, type Run } from '../model/runs.ts';
import { allUnits } from '../model/tree.ts';
import { RUN_WRAPPERS, TEXT_COMPONENTS } from './mdx.ts';

const ALLOWED_ELEMENTS = new Set([
  ...TEXT_COMPONENTS,
  ...RUN_WRAPPERS.map((w) => w.element),
  'sup',
  'sub',
]);

type Wrapped = Partial<Pick<Run, (typeof RUN_WRAPPERS)[number]['field']>>;

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
      if (!value) throw new Error(`<${node.name}> thiếu thuộc tính "${wrapper.attribute}" ở dòng ${node.position?.start.line}`);
      out.push(...phrasingRuns(node.children, marks, { ...wrapped, [wrapper.field]: value }));
    } else throw new Error(`nút "${node.type}" không được phép trong nội dung văn bản`);
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
 * MDX would run as code.
 * Throws on the first difference; an importer bug must never reach a page.
 */
export function verifyMdx(mdx: string, tree: DocumentTree): void {
  const end = mdx.indexOf('\n---\n', 4);
  const root = fromMarkdown(mdx.slice(end + 5), { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
  const expected = new Map<string, UnitJson>(allUnits(tree).map((u) => [u.eId, u]));
  const found = new Set<string>();

  const walk = (node: Nodes) => {
    if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression' || node.type === 'html') {
      throw new Error(`MDX sinh ra chứa mã hoặc HTML thô (${node.type}) ở dòng ${node.position?.start.line}`);
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && !ALLOWED_ELEMENTS.has(node.name ?? '')) {
      throw new Error(`MDX sinh ra chứa thành phần lạ <${node.name}> ở dòng ${node.position?.start.line}`);
    }
    if (node.type === 'mdxJsxFlowElement' && node.name === 'Unit') {
      const eId = attr(node, 'eId') ?? '';
      const unit = expected.get(eId);
      if (!unit) throw new Error(`MDX có đơn vị "${eId}" không có trong cây văn bản`);
      if (attr(node, 'kind') !== unit.kind) throw new Error(`Loại của "${eId}" trong MDX khác cây văn bản`);
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
      if (!same(text, unit.text)) throw new Error(`Nội dung của "${eId}" trong MDX khác cây văn bản`);
      if (!same(heading, unit.heading)) throw new Error(`Tiêu đề của "${eId}" trong MDX khác cây văn bản`);
      if (marker !== undefined && marker !== unit.marker) throw new Error(`Số hiệu của "${eId}" trong MDX khác cây văn bản`);
    }
    if ('children' in node) (node.children as Nodes[]).forEach(walk);
  };
  walk(root);
  const missing = [...expected.keys()].filter((id) => !found.has(id));
  if (missing.length) throw new Error(`MDX thiếu các đơn vị: ${missing.slice(0, 5).join(', ')}`);
}
