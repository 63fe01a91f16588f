import { describe, expect, it } from 'vitest';
import { documentOutline, type OutlineEntry } from '../../src/lib/model/outline.ts';
import { walk } from '../../src/lib/model/tree.ts';
import { documentTree } from '../support/documents.ts';
import { SLUGS } from '../support/paths.ts';

const flat = (entries: OutlineEntry[]): OutlineEntry[] => entries.flatMap((e) => [e, ...flat(e.children)]);

describe('table of contents', () => {
  it('lists every Điều of the Quy chế with its khoản by number, named for a screen reader', () => {
    const outline = flat(documentOutline(documentTree('quy-che-lam-viec-tinh-uy-dien-bien')));
    const article = outline.find((e) => e.eId === 'dieu-17')!;
    expect(article.text).toMatch(/^Điều 17\. Với Đảng đoàn/);
    expect(article.parts).toEqual({
      kind: 'Khoản',
      units: [1, 2, 3].map((n) => ({ eId: `dieu-17__khoan-${n}`, num: String(n), label: `Khoản ${n} Điều 17` })),
    });
    expect(outline.filter((e) => /^Điều \d+\./.test(e.text))).toHaveLength(31);
  });

  it('reaches every khoản, điểm and tiết of every document in the contents, by heading or by number', () => {
    for (const slug of Object.values(SLUGS)) {
      const tree = documentTree(slug);
      const entries = flat(documentOutline(tree));
      const headed = new Set(entries.map((e) => e.eId));
      const listed = new Set([...headed, ...entries.flatMap((e) => e.parts?.units.map((u) => u.eId) ?? [])]);
      // A numbered unit directly under a contents entry (a Điều's khoản): what a reader looks up by number.
      const missing = [...walk(tree)].filter(
        (e) => ['clause', 'point', 'subpoint'].includes(e.unit.kind) && e.unit.num && e.parent && headed.has(e.parent.unit.eId) && !listed.has(e.unit.eId),
      );
      expect(listed.size).toBeGreaterThan(headed.size);
      expect(missing.map((e) => e.unit.eId), slug).toEqual([]);
    }
  });

  it('lists the guideline’s titled điểm as entries of their Mục, not again by number', () => {
    const outline = flat(documentOutline(documentTree('huong-dan-neu-guong')));
    const section = outline.find((e) => e.eId === 'muc-III')!;
    expect(section.parts).toBeUndefined();
    expect(section.children.map((c) => c.text)[0]).toBe('1. Về tư tưởng chính trị');
    expect(outline.find((e) => e.eId === 'muc-I')!.parts?.kind).toBe('Điểm');
  });
});
