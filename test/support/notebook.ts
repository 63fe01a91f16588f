/** Saved units made from the committed documents, as "Lưu vào sổ tay" makes them. */
import { documentUnitFacts, factCitation, unitParagraphs, type DocumentUnitFacts } from '../../src/lib/model/unit-facts.ts';
import type { SavedUnit } from '../../src/lib/notebook/notebook.ts';
import { documentTree } from './documents.ts';

const cache = new Map<string, DocumentUnitFacts>();

export function factsOf(slug: string): DocumentUnitFacts {
  let f = cache.get(slug);
  if (!f) cache.set(slug, (f = documentUnitFacts(documentTree(slug))));
  return f;
}

export function savedUnit(slug: string, eId: string, savedAt = '2026-12-01T08:00:00.000Z'): Omit<SavedUnit, 'key' | 'note'> {
  const facts = factsOf(slug);
  const index = facts.units.findIndex((u) => u.id === eId);
  if (index < 0) throw new Error(`${slug}#${eId}: không có`);
  const fact = facts.units[index]!;
  return {
    slug,
    eId,
    documentTitle: facts.title,
    label: fact.label,
    citation: { written: factCitation(facts, fact, 'written'), formal: factCitation(facts, fact, 'formal') },
    paragraphs: unitParagraphs(facts, index),
    hash: fact.hash,
    savedAt,
  };
}
