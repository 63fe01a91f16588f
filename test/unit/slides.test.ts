import { describe, expect, it } from 'vitest';
import { handout } from '../../src/lib/exports/handout.ts';
import { MIN_SIZE, slideChunks } from '../../src/lib/exports/pptx.ts';
import { splitIntoSlides, textHeight, type TextBox } from '../../src/lib/exports/slides.ts';
import { paragraphsText } from '../../src/lib/model/unit-facts.ts';
import type { Collection } from '../../src/lib/notebook/notebook.ts';
import { factsOf, savedUnit } from '../support/notebook.ts';
import { SLUGS } from '../support/paths.ts';
import { tinosMeasure } from '../support/tinos.ts';

const box: TextBox = { width: 800, height: 300, size: MIN_SIZE, lineHeight: 1.2 };

describe('slides', () => {
  it('cut every unit of the four documents into slides that fit, every word once and in order', { timeout: 60_000 }, () => {
    for (const slug of Object.values(SLUGS)) {
      const facts = factsOf(slug);
      // Whole articles and top-level parts: the longest texts.
      const units = facts.units.filter((u) => u.parent === -1).map((u) => ({ ...savedUnit(slug, u.id), key: `${slug}#${u.id}`, note: '' }));
      const collection: Collection = { id: 'x', title: 'Tất cả', units, createdAt: '' };
      const doc = handout({ collection, facts: new Map([[slug, facts]]), permalink: (s, e) => `http://intranet/so-tay/van-ban/${s}/#${e}`, dateStyle: 'written', today: new Date(2026, 11, 1) });
      const chunks = slideChunks(doc, tinosMeasure);
      for (const u of doc.units) {
        const mine = chunks.filter((c) => c.unit === u);
        expect(mine.map((c) => paragraphsText(c.paragraphs)).join(' '), `${slug} ${u.label}`).toBe(paragraphsText(u.paragraphs));
      }
    }
  });

  it('end a slide at a sentence, else a clause, else a word, and only cut a paragraph that does not fit', () => {
    const fits = (ps: Parameters<typeof textHeight>[0]) => textHeight(ps, box, tinosMeasure) <= box.height;
    const long = Array.from({ length: 12 }, (_, i) => `Câu thứ ${i + 1} nói về trách nhiệm nêu gương của cán bộ, đảng viên trong công tác.`).join(' ');
    const slides = splitIntoSlides([[['Đoạn ngắn.']], [[long]]], fits);
    expect(slides.length).toBeGreaterThan(1);
    for (const s of slides) expect(fits(s)).toBe(true);
    for (const s of slides.slice(0, -1)) expect(paragraphsText(s)).toMatch(/\.$/);
    const clauses = Array.from({ length: 30 }, (_, i) => `mục ${i + 1} của việc học tập`).join(', ');
    const byClause = splitIntoSlides([[[clauses]]], fits);
    for (const s of byClause.slice(0, -1)) expect(paragraphsText(s)).toMatch(/,$/);
    expect(byClause.map(paragraphsText).join(' ')).toBe(clauses);
    const oneWord = splitIntoSlides([[['từ '.repeat(400).trim()]]], fits);
    expect(oneWord.map(paragraphsText).join(' ')).toBe('từ '.repeat(400).trim());
  });

  it('keep bold and italic across a cut', () => {
    const fits = (ps: Parameters<typeof textHeight>[0]) => textHeight(ps, { ...box, height: 40 }, tinosMeasure) <= 40;
    const slides = splitIntoSlides([[['Điều 4. ', 'b'], ['Tổ chức thực hiện các nội dung đã nêu. Các cấp ủy, tổ chức đảng phổ biến, quán triệt.', 'i']]], fits);
    expect(slides.length).toBe(2);
    expect(slides[1]![0]![0]).toEqual(['Các cấp ủy, tổ chức đảng phổ biến, quán triệt.', 'i']);
  });
});
