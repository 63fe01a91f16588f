/**
 * The editors' notes of a document (suspected typos, `sic` on a run), in reading order: a
 * printed page gives them as numbered notes after the text rather than inside the official
 * words. The tree's fields are in the order the page shows them (header, title, preamble, body,
 * recipients, signature, attachments; a unit's heading, its text, its sub-units), and so is this.
 */
import type { DocumentTree } from '../../schemas/document-tree.ts';

export function editorialNotes(tree: DocumentTree): string[] {
  const notes: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const run = value as { text?: unknown; sic?: unknown };
      if (typeof run.text === 'string' && typeof run.sic === 'string') notes.push(run.sic);
      else Object.values(value).forEach(visit);
    }
  };
  const { meta: _meta, ...text } = tree;
  visit(text);
  return notes;
}
