/** Which units get images: every unit of the four texts; a large text's articles only, and the document's preview. */
import { describe, expect, it } from 'vitest';
import { cardUnits, isLargeText, LARGE_TEXT_UNITS, previewUnits } from '../../src/lib/cards/coverage.ts';
import { documentCards } from '../../src/lib/cards/site-cards.ts';
import { allUnits, shareableUnits } from '../../src/lib/model/tree.ts';
import { documentUnitFacts } from '../../src/lib/model/unit-facts.ts';
import type { DocumentTree, UnitJson } from '../../src/schemas/document-tree.ts';
import { TREES, SITE } from '../support/cards.ts';

/** The tree with its body written `times` times over, each copy's ids made its own. */
function repeated(tree: DocumentTree, times: number): DocumentTree {
  const rename = (unit: UnitJson, copy: number): UnitJson => ({ ...unit, eId: `${unit.eId}_${copy}`, children: unit.children.map((c) => rename(c, copy)) });
  return { ...tree, body: Array.from({ length: times }, (_, copy) => tree.body.map((u) => rename(u, copy + 1))).flat() };
}

const absolute = (path: string) => `${SITE}${path}`;

describe('cards of the four texts', () => {
  it('cover every unit, the document and every article', () => {
    for (const tree of TREES) {
      expect(isLargeText(tree), tree.meta.slug).toBe(false);
      const jobs = documentCards(tree, absolute);
      expect(jobs.filter((j) => j.design === 'citation').map((j) => j.eId)).toEqual(allUnits(tree).map((u) => u.eId));
      expect(jobs.filter((j) => j.design === 'og').map((j) => j.eId)).toEqual([undefined, ...shareableUnits(tree).map((u) => u.eId)]);
      expect(documentUnitFacts(tree).units.filter((u) => u.cards === 0)).toEqual([]);
    }
  });
});

describe('cards of a large text', () => {
  const quyChe = TREES.find((t) => t.meta.slug === 'quy-che-lam-viec-tinh-uy-dien-bien')!;
  const large = repeated(quyChe, 2);

  it('are for its articles only, with one preview for the whole document', () => {
    expect(allUnits(large).length).toBeGreaterThan(LARGE_TEXT_UNITS);
    const articles = shareableUnits(large).map((u) => u.eId);
    expect(articles.length).toBeGreaterThan(40);
    expect(cardUnits(large).map((u) => u.eId)).toEqual(articles);
    expect(previewUnits(large)).toEqual([]);
    const jobs = documentCards(large, absolute);
    expect(jobs.filter((j) => j.design === 'citation').map((j) => j.eId)).toEqual(articles);
    expect(jobs.filter((j) => j.design === 'og').map((j) => j.eId)).toEqual([undefined]);
  });

  it('tell the unit tools which units have no card, and only those', () => {
    const facts = documentUnitFacts(large).units;
    const articles = new Set(shareableUnits(large).map((u) => u.eId));
    expect(facts.filter((u) => u.cards !== 0).map((u) => u.id)).toEqual([...articles]);
    expect(facts.filter((u) => u.cards === 0).length).toBe(allUnits(large).length - articles.size);
  });
});
