import { readFileSync } from 'node:fs';
import { documentTreeSchema, type DocumentTree } from '../../src/schemas/document-tree.ts';
import { DOCUMENTS } from './paths.ts';

/** A committed document tree (`content/documents/<slug>.json`), checked against its schema. */
export function documentTree(slug: string): DocumentTree {
  return documentTreeSchema.parse(JSON.parse(readFileSync(`${DOCUMENTS}${slug}.json`, 'utf8')));
}
