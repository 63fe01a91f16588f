import { describe, expect, it } from 'vitest';
import { findUnitReferences } from '../../src/lib/citations/internal.ts';
import { findCitations } from '../../src/lib/citations/recognize.ts';

const phrases = (text: string, names: string[] = []) => findCitations(text, names).map((p) => p.text);

describe('the citation recognizer', () => {
  it('takes the whole phrase: type, number, date and issuer, but not the subject after it', () => {
    const [p] = findCitations('Căn cứ Quy định số 101-QĐ/TW, ngày 07/6/2012 của Ban Bí thư về trách nhiệm nêu gương;');
    expect(p).toMatchObject({
      text: 'Quy định số 101-QĐ/TW, ngày 07/6/2012 của Ban Bí thư',
      type: 'Quy định',
      number: '101',
      symbol: 'QĐ/TW',
      date: { day: 7, month: 6, year: 2012 },
      issuer: 'Ban Bí thư',
      term: null,
    });
  });

  it.each([
    ['Quy định số 08-QĐi/TW', 'QĐi/TW'],
    ['Kết luận số 21-KL/TW', 'KL/TW'],
    ['Chỉ thị số 05-CT/TW', 'CT/TW'],
    ['Nghị quyết số 04-NQ/TW', 'NQ/TW'],
    ['Hướng dẫn số 02-HD/UBKTTW', 'HD/UBKTTW'],
    ['Quyết định số 168-QĐ/TW', 'QĐ/TW'],
    ['Quy chế số 01-QC/TU', 'QC/TU'],
    ['Công văn số 2338-CV/TU', 'CV/TU'],
  ])('recognizes %s', (citation, symbol) => {
    const found = findCitations(`Thực hiện nghiêm ${citation}; tiếp tục quán triệt.`);
    expect(found.map((p) => [p.text, p.symbol])).toEqual([[citation, symbol]]);
  });

  it('recognizes the number written without its hyphen, with the issuer and its term', () => {
    const [p] = findCitations('được quy định tại Quy định số 08 QĐi/TW của Ban Chấp hành Trung ương Đảng khóa XII, trọng tâm là');
    expect(p).toMatchObject({ text: 'Quy định số 08 QĐi/TW của Ban Chấp hành Trung ương Đảng khóa XII', number: '08', symbol: 'QĐi/TW', issuer: 'Ban Chấp hành Trung ương Đảng', term: 'XII' });
  });

  it('reads a date in words, an issuer before the date, and old tone placement in "Uỷ ban" and "khoá"', () => {
    expect(findCitations('theo Quy định số 101-QĐ/TW ngày 07 tháng 6 năm 2012.')[0]!.date).toEqual({ day: 7, month: 6, year: 2012 });
    const [p] = findCitations('Hướng dẫn số 02-HD/UBKTTW của Uỷ Ban Kiểm tra Trung ương khoá XIII, ngày 29/11/2021 về việc');
    expect(p).toMatchObject({ issuer: 'Uỷ Ban Kiểm tra Trung ương', term: 'XIII', date: { day: 29, month: 11, year: 2021 } });
    expect(p!.text).toBe('Hướng dẫn số 02-HD/UBKTTW của Uỷ Ban Kiểm tra Trung ương khoá XIII, ngày 29/11/2021');
  });

  it('keeps a provincial body’s province and the term of office that follows it', () => {
    const [a] = findCitations('Chỉ thị số 08-CT/TU của Ban Thường vụ Tỉnh ủy Lào Cai về tăng cường');
    expect(a).toMatchObject({ text: 'Chỉ thị số 08-CT/TU của Ban Thường vụ Tỉnh ủy Lào Cai', province: 'Lào Cai' });
    const [b] = findCitations('thay thế Quy chế số 01-QC/TU, ngày 09/01/2021 của Ban Chấp hành Đảng bộ tỉnh khóa XIV, nhiệm kỳ 2020 - 2025.');
    expect(b).toMatchObject({ text: 'Quy chế số 01-QC/TU, ngày 09/01/2021 của Ban Chấp hành Đảng bộ tỉnh khóa XIV, nhiệm kỳ 2020 - 2025', province: null, term: 'XIV' });
  });

  it('recognizes a bare số hiệu, and a citation named inside another one’s subject', () => {
    expect(phrases('Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW; và 4871-QĐ/TU.')).toEqual([
      'Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị',
      'Chỉ thị số 05-CT/TW',
      '4871-QĐ/TU',
    ]);
  });

  it('recognizes registered names whole, ignoring case and tone placement, the longest first', () => {
    const names = ['Điều lệ Đảng', 'Điều lệ Đảng Cộng sản Việt Nam', 'Nghị quyết Trung ương 4 khóa XII'];
    expect(phrases('Căn cứ Điều lệ Đảng Cộng sản Việt nam; theo Điều lệ Đảng và Nghị quyết Trung ương 4 khoá XII.', names)).toEqual([
      'Điều lệ Đảng Cộng sản Việt nam',
      'Điều lệ Đảng',
      'Nghị quyết Trung ương 4 khoá XII',
    ]);
    expect(findCitations('theo Điều lệ Đảng.', names)[0]!.name).toBe('Điều lệ Đảng');
    // A name is matched as whole words only.
    expect(phrases('các Điều lệ Đảngviên', names)).toEqual([]);
  });

  it.each([
    ['a term of office', 'nhiệm kỳ 2025-2030 và 2020 - 2025'],
    ['a bare number', 'Điều 08 và khoản 08'],
    ['counts', 'ít nhất 01 tập thể, 02 cá nhân, 90% trở lên'],
    ['phone numbers', 'Điện thoại 0215.3825.123 hoặc 0912-345-678, máy lẻ 0215 3825 123'],
    ['a fraction and a date', 'trên 1/2 số thành viên, ngày 07/6/2012'],
    ['the blank number of a draft', 'Số       -QĐ/TU'],
    ['an abbreviation with a slash', 'phòng chống HIV/AIDS, ISO 9001:2015'],
    ['the document itself', 'Quy định này thay thế; khóa XII; Điều 5.'],
  ])('does not take %s for a citation', (_what, text) => {
    expect(findCitations(text, ['Điều lệ Đảng'])).toEqual([]);
  });
});

describe('references inside a document', () => {
  it('link "Điều 1 Quy chế này" and "Điều 4 của Quy chế này" to the article', () => {
    const text = 'quy định tại Điều 1 Quy chế này. Ngoài nhiệm vụ tại Điều 4 của Quy chế này,';
    const refs = findUnitReferences(text);
    expect(refs.map((r) => [r.text, r.levels])).toEqual([
      ['Điều 1 Quy chế này', [{ kind: 'article', num: '1' }]],
      ['Điều 4 của Quy chế này', [{ kind: 'article', num: '4' }]],
    ]);
    expect(refs.map((r) => text.slice(r.start, r.end))).toEqual(refs.map((r) => r.text));
  });

  it('point at a clause or a point when the reference names one', () => {
    expect(findUnitReferences('theo khoản 2 Điều 3 Quy định này và điểm đ khoản 1 Điều 12 Quy chế làm việc này').map((r) => [r.text, r.levels])).toEqual([
      [
        'khoản 2 Điều 3 Quy định này',
        [
          { kind: 'article', num: '3' },
          { kind: 'clause', num: '2' },
        ],
      ],
      [
        'điểm đ khoản 1 Điều 12 Quy chế làm việc này',
        [
          { kind: 'article', num: '12' },
          { kind: 'clause', num: '1' },
          { kind: 'point', num: 'đ' },
        ],
      ],
    ]);
  });

  it('leave a bare "Điều 4" alone: it may be another document’s', () => {
    expect(findUnitReferences('theo Điều 4 và Điều 5 Quy định số 101-QĐ/TW')).toEqual([]);
  });
});
