import { readFileSync } from 'node:fs';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { remove } from 'unist-util-remove';
import { DIST } from './paths.ts';

export function readPage(path: string, dist = DIST): Root {
  return fromHtml(readFileSync(`${dist}${path}`, 'utf8'));
}

/** The page without what the site adds beside the official text (editorial notes, tools). */
export function withoutEditorial(tree: Root): Root {
  const copy = structuredClone(tree);
  remove(copy, (node) => node.type === 'element' && (node as unknown as { properties: Record<string, unknown> }).properties.dataEd !== undefined);
  return copy;
}

export function count(tree: Root, selector: string): number {
  return selectAll(selector, tree).length;
}
