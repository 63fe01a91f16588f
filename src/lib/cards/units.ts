/** Which units of a document get a citation card, and which get a share page. */
import type { DocumentTree, UnitJson } from '../../schemas/document-tree.ts';

function flatten(units: readonly UnitJson[]): UnitJson[] {
  return units.flatMap((u) => [u, ...flatten(u.children)]);
}

/** Every unit the document page shows with its own id and tools, in document order. */
export function allUnits(tree: DocumentTree): UnitJson[] {
  return flatten([...tree.preamble, ...tree.body, ...tree.attachments.flatMap((a) => a.children)]);
}

/**
 * The units a link preview can point at: every Điều; in a text without Điều (a Hướng dẫn, a
 * Chỉ thị) its top-level numbered parts, which play the same role.
 */
export function articleUnits(tree: DocumentTree): UnitJson[] {
  const articles = flatten(tree.body).filter((u) => u.kind === 'article');
  return articles.length ? articles : tree.body.filter((u) => u.num !== undefined);
}
