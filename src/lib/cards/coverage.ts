/**
 * Which units of a text get images: the one place that decides it (card routes, share pages,
 * unit facts and the pre-rendering all ask here).
 *
 * A text of up to `LARGE_TEXT_UNITS` units gets a citation card for every unit and a link
 * preview for every article. A larger one (a code of thousands of clauses) gets cards for its
 * articles only, and its share pages show the document's own preview: every card costs about
 * 0.2–0.8 s of CPU on a cold build, and a 1 MB text would otherwise need some 2,700 of them.
 * Its share pages, citations and permalinks are unchanged.
 */
import type { DocumentTree, UnitJson } from '../../schemas/document-tree.ts';
import { allUnits, shareableUnits } from '../model/tree.ts';

/** Units above which a text is large: the Quy chế, the longest of the four, has 268. */
export const LARGE_TEXT_UNITS = 400;

type Tree = Pick<DocumentTree, 'preamble' | 'body' | 'attachments'>;

/** Whether a text has more units than get their own images. */
export function isLargeText(tree: Tree): boolean {
  return allUnits(tree).length > LARGE_TEXT_UNITS;
}

/** The units with a citation card: every unit, or in a large text its articles (those with a share page). */
export function cardUnits(tree: Tree): UnitJson[] {
  return isLargeText(tree) ? shareableUnits(tree) : allUnits(tree);
}

/** The articles whose share page has its own link preview; in a large text, none (the document's is used). */
export function previewUnits(tree: Tree): UnitJson[] {
  return isLargeText(tree) ? [] : shareableUnits(tree);
}
