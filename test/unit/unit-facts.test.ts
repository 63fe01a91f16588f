import { describe, expect, it } from 'vitest';
import { paragraphsText, unitParagraphs } from '../../src/lib/model/unit-facts.ts';
import { fullText, walk } from '../../src/lib/model/tree.ts';
import { textHash } from '../../src/lib/text/hash.ts';
import { documentTree } from '../support/documents.ts';
import { factsOf } from '../support/notebook.ts';
import { SLUGS } from '../support/paths.ts';

describe('unit facts', () => {
  it('give every unit of every document its stored label and all its words, sub-units included, in order', () => {
    for (const slug of Object.values(SLUGS)) {
      const tree = documentTree(slug);
      const facts = factsOf(slug);
      const entries = [...walk(tree)];
      expect(facts.units.map((u) => u.id)).toEqual(entries.map((e) => e.unit.eId));
      entries.forEach((e, i) => {
        expect(facts.units[i]!.label).toBe(e.unit.label);
        expect(paragraphsText(unitParagraphs(facts, i)), e.unit.eId).toBe(fullText(e.unit).replace(/\s+/g, ' ').trim());
        expect(facts.units[i]!.hash).toBe(textHash(fullText(e.unit).replace(/\s+/g, ' ').trim()));
      });
    }
  });

  it('keep bold and italic, and mark the articles that have a share page', () => {
    const rules = factsOf('quy-che-lam-viec-tinh-uy-dien-bien');
    expect(rules.units.some((u) => u.paragraphs.some((p) => p.some((r) => r[1]?.includes('b'))))).toBe(true);
    expect(rules.units.filter((u) => u.share).every((u) => /^dieu-\d+$/.test(u.id))).toBe(true);
    expect(rules.citation.formal).toContain('ngày … tháng … năm …');
  });

  it('hash tells a changed word apart', () => {
    expect(textHash('rõ người, rõ việc')).not.toBe(textHash('rõ người, rõ viêc'));
    expect(textHash('Điều')).toBe(textHash('Điều'.normalize('NFD')));
  });
});
