import { describe, expect, it } from 'vitest';
import { occurrencesIn } from '../../src/lib/citations/occurrences.ts';
import { verifyMdx } from '../../src/lib/importer/verify-mdx.ts';
import { plainText } from '../../src/lib/model/runs.ts';
import { allUnits, importSource } from '../support/import.ts';
import { importText, skeleton } from '../support/skeleton.ts';

const unit = (doc: ReturnType<typeof importText>, eId: string) => allUnits(doc.tree.body).find((u) => u.eId === eId)!;

describe('the importer links citations', () => {
  it('covers a phrase that crosses a bold boundary with one link, keeping the bold inside it', () => {
    const doc = importText(skeleton(['1. Thực hiện **nghiêm Quy định số 101**-QĐ/TW của Ban Bí thư về nêu gương.']));
    const runs = unit(doc, 'dieu-1__khoan-1').text!;
    expect(runs.filter((r) => r.cite).map((r) => [r.text, r.marks ?? []])).toEqual([
      ['Quy định số 101', ['strong']],
      ['-QĐ/TW của Ban Bí thư', []],
    ]);
    expect(doc.mdx).toContain('**nghiêm&#x20;**<Cite doc="101-qd-tw-2012">**Quy định số 101**-QĐ/TW của Ban Bí thư</Cite> về nêu gương.');
  });

  it('links "Điều 1 Quy định này" to the article on the same page', () => {
    const doc = importText(skeleton(['1. Như quy định tại Điều 1 Quy định này.']));
    expect(unit(doc, 'dieu-1__khoan-1').text!.find((r) => r.unitRef)).toEqual({ text: 'Điều 1 Quy định này', unitRef: 'dieu-1' });
    expect(doc.mdx).toContain('<UnitRef eId="dieu-1">Điều 1 Quy định này</UnitRef>');
  });

  it('fails with file, line and text when a recognized citation is not in the registry', () => {
    expect(() => importText(skeleton(['1. Nội dung.', '2. Thực hiện Quy định số 999-QĐ/TW, ngày 01/01/2020 của Bộ Chính trị về việc khác.']))).toThrow(
      /^thu-nghiem\.txt:11: dẫn chiếu «Quy định số 999-QĐ\/TW, ngày 01\/01\/2020 của Bộ Chính trị»: văn bản số 999-QĐ\/TW chưa có trong sổ văn bản được dẫn chiếu$/,
    );
  });

  it('fails when a reference points at a unit the document does not have', () => {
    expect(() => importText(skeleton(['1. Theo khoản 3 Điều 7 Quy định này.']))).toThrow(
      /^thu-nghiem\.txt:9: dẫn chiếu «khoản 3 Điều 7 Quy định này»: văn bản không có Khoản 3 Điều 7$/,
    );
  });

  it('checks citations in its MDX round trip: a changed or dropped link is caught', () => {
    const doc = importText(skeleton(['1. Theo Điều lệ Đảng và Quy định số 37-QĐ/TW.']));
    expect(() => verifyMdx(doc.mdx, doc.tree, 'x.mdx')).not.toThrow();
    expect(() => verifyMdx(doc.mdx.replace('doc="37-qd-tw-2021"', 'doc="101-qd-tw-2012"'), doc.tree, 'x.mdx')).toThrow(/^x\.mdx:\d+: nội dung của đơn vị "dieu-1__khoan-1"/);
    expect(() => verifyMdx(doc.mdx.replace(/<Cite doc="dieu-le-dang">(.*?)<\/Cite>/, '$1'), doc.tree, 'x.mdx')).toThrow(/^x\.mdx:\d+: nội dung của đơn vị "dieu-1__khoan-1"/);
    expect(() => verifyMdx(doc.mdx.replace('<Cite doc="dieu-le-dang">', '<Cite>'), doc.tree, 'x.mdx')).toThrow(/^x\.mdx:\d+: <Cite> thiếu thuộc tính "doc"/);
  });
});

describe('citations in the four documents', () => {
  it('the working rules link "Điều 1 Quy chế này" and "Điều 4 của Quy chế này" to their articles', () => {
    const refs = allUnits(importSource('004_cdcf607f15aa0d9f.txt').tree.body).flatMap((u) => (u.text ?? []).filter((r) => r.unitRef));
    expect(refs).toEqual([
      { text: 'Điều 1 Quy chế này', unitRef: 'dieu-1' },
      { text: 'Điều 4 của Quy chế này', unitRef: 'dieu-4' },
    ]);
  });

  it('a phrase a page break cut in two ("của Bộ / Chính trị") is one citation', () => {
    const found = occurrencesIn(importSource('001_53aca9755fa8ba25.txt').tree).filter((o) => o.text.includes('18/5/2021 của Bộ'));
    expect(found.map((o) => o.text)).toContain('Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị');
  });

  it('a name followed by a footnote mark is still a citation, and the mark stays outside the link', () => {
    const tree = importSource('001_53aca9755fa8ba25.txt').tree;
    const heading = allUnits(tree.attachments[0]!.children).find((u) => u.eId === 'mau-1__diem-9')!.heading!;
    expect(plainText(heading)).toMatch(/Nghị quyết Đại hội XIV của Đảng bộ tỉnh1$/);
    expect(heading.filter((r) => r.cite).map((r) => r.text)).toEqual(['Nghị quyết Đại hội XIII của Đảng', 'Nghị quyết Đại hội XIV của Đảng bộ tỉnh']);
    expect(heading.at(-1)).toEqual({ text: '1', marks: ['sup'] });
  });
});
