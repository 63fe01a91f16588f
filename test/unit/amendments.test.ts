/** The amendments the Quy chế làm việc (004) marks in bold and italic, counted and classified. */
import { describe, expect, it } from 'vitest';
import { AMENDMENT_KINDS, amendmentView } from '../../src/lib/compare/amendments.ts';
import { documentTree } from '../support/documents.ts';
import { markedRunsInSource } from '../support/marked-runs.ts';

const view = amendmentView(documentTree('quy-che-lam-viec-tinh-uy-dien-bien'));
const find = (eId: string) => view.amendments.filter((a) => a.eId === eId);

describe('amendments of the Quy chế làm việc', () => {
  it('are as many as the marked runs outside headings in the source', () => {
    const inSource = markedRunsInSource('004_cdcf607f15aa0d9f.txt');
    expect(inSource).toBeGreaterThan(50);
    expect(view.amendments).toHaveLength(inSource);
  });

  it('sum up per article to the total, by kind', () => {
    expect(view.articles.reduce((n, a) => n + a.total, 0)).toBe(view.amendments.length);
    for (const kind of AMENDMENT_KINDS) {
      expect(view.articles.reduce((n, a) => n + a.counts[kind], 0)).toBe(view.totals[kind]);
    }
    expect(view.articles.map((a) => a.eId)).toContain('dieu-2');
    expect(view.articles.map((a) => a.eId)).not.toContain('dieu-9');
  });

  it('classify a whole added căn cứ and a whole added clause, even when a page break left its last words unmarked', () => {
    expect(find('can-cu-5')).toMatchObject([{ kind: 'unit', marks: ['emphasis', 'strong'] }]);
    expect(find('dieu-2__khoan-5')).toMatchObject([{ kind: 'unit' }]);
    expect(find('dieu-1__khoan-3__gach-8')).toMatchObject([{ kind: 'unit', text: expect.stringMatching(/^- Hằng năm, cuối nhiệm kỳ/) }]);
  });

  it('classify words inserted into a sentence, and a whole sentence added to a paragraph', () => {
    expect(find('dieu-1__khoan-3')).toMatchObject([{ kind: 'phrase', text: 'đảng viên' }]);
    expect(find('dieu-7__khoan-3').map((a) => a.kind)).toEqual(['phrase', 'phrase', 'phrase', 'sentence']);
    expect(find('dieu-7__khoan-3').at(-1)!.text).toMatch(/^Chủ động kiểm tra cơ sở/);
  });

  it('classify a marked clause number and a marked clause title apart from added words', () => {
    expect(find('dieu-1__khoan-1')).toMatchObject([{ kind: 'number', text: '1.' }]);
    expect(find('dieu-17__khoan-1')).toMatchObject([{ kind: 'title', text: '1. Với Đảng đoàn Hội đồng nhân dân tỉnh' }]);
    expect(find('dieu-19__khoan-3').map((a) => a.kind)).toEqual(['number', 'phrase']);
  });

  it('find none in headings, whose bold is layout', () => {
    expect(view.amendments.filter((a) => /^(dieu-\d+|chuong-[IVX]+)$/.test(a.eId))).toEqual([]);
  });

  it('cut each paragraph at its amendments without losing a character', () => {
    const tree = documentTree('quy-che-lam-viec-tinh-uy-dien-bien');
    const unit = tree.body.flatMap((c) => c.children).find((u) => u.eId === 'dieu-2')!.children.find((u) => u.eId === 'dieu-2__khoan-5')!;
    const shown = view.body.flatMap((c) => c.children).find((u) => u.eId === 'dieu-2')!.children.find((u) => u.eId === 'dieu-2__khoan-5')!;
    expect(shown.segments!.map((s) => s.text).join('')).toBe(unit.text!.map((r) => r.text).join(''));
    expect(shown.added).toBe(true);
  });
});
