import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../src/lib/search/references.ts';
import { referenceIndex, resolveQuery } from '../../src/lib/search/reference-index.ts';
import type { DocumentTree } from '../../src/schemas/document-tree.ts';
import { REGISTRY } from '../support/import.ts';
import { DOCUMENTS, SLUGS } from '../support/paths.ts';

const trees = Object.values(SLUGS).map((slug) => JSON.parse(readFileSync(`${DOCUMENTS}${slug}.json`, 'utf8')) as DocumentTree);
const index = referenceIndex(trees, REGISTRY.documents);

const REG = 'quy-dinh-neu-guong-dien-bien';
const GUIDE = 'huong-dan-neu-guong';
const RULES = 'quy-che-lam-viec-tinh-uy-dien-bien';
const DIRECTIVE = 'chi-thi-ky-luat-hanh-chinh-lao-cai';

/** Where each result leads, "slug#eId" for a unit, the page's path for a document. */
function targets(query: string): string[] {
  return resolveQuery(parseQuery(query), index).targets.map((t) => {
    const slug = t.url.split('/').filter(Boolean).at(-1)!;
    return t.eId ? `${slug}#${t.eId}` : t.url;
  });
}

// Each line: what a cadre types, and the units it must lead to, one per document, in library order.
const UNITS: Array<[string, string[]]> = [
  // Khoản 7 Điều 2 of the regulation, every way it is typed.
  ['k7 d2 neu guong', [`${REG}#dieu-2__khoan-7`]],
  ['k7 đ2 nêu gương', [`${REG}#dieu-2__khoan-7`]],
  ['K7 Đ2 Nêu Gương', [`${REG}#dieu-2__khoan-7`]],
  ['khoan 7 dieu 2 neu guong', [`${REG}#dieu-2__khoan-7`]],
  ['khoản 7 điều 2 quy định nêu gương', [`${REG}#dieu-2__khoan-7`]],
  ['Khoản 7, Điều 2 Quy định', [`${REG}#dieu-2__khoan-7`]],
  ['dieu 2 khoan 7 quy dinh', [`${REG}#dieu-2__khoan-7`]],
  ['đ.2 k.7 quy định', [`${REG}#dieu-2__khoan-7`]],
  ['điêù 2 khoãn 7 quy đinh', [`${REG}#dieu-2__khoan-7`]],
  ['khoan7 dieu2 neu guong', [`${REG}#dieu-2__khoan-7`]],
  ['k 7 d 2 quy dinh', [`${REG}#dieu-2__khoan-7`]],
  ['khoản số 7 điều số 2 nêu gương', [`${REG}#dieu-2__khoan-7`]],
  // Without a document name: one result per document that has the unit.
  ['khoản 2 điều 3', [`${REG}#dieu-3__khoan-2`, `${RULES}#dieu-3__khoan-2`]],
  ['khoan 2 dieu 3', [`${REG}#dieu-3__khoan-2`, `${RULES}#dieu-3__khoan-2`]],
  ['k2 d3', [`${REG}#dieu-3__khoan-2`, `${RULES}#dieu-3__khoan-2`]],
  ['KHOẢN 2 ĐIỀU 3', [`${REG}#dieu-3__khoan-2`, `${RULES}#dieu-3__khoan-2`]],
  ['khoản 4 điều 2', [`${REG}#dieu-2__khoan-4`, `${RULES}#dieu-2__khoan-4`]],
  ['điều 2', [`${REG}#dieu-2`, `${RULES}#dieu-2`]],
  ['d2', [`${REG}#dieu-2`, `${RULES}#dieu-2`]],
  // With a document's name.
  ['dieu 4 khoan 1 quy dinh neu guong', [`${REG}#dieu-4__khoan-1`]],
  ['điều 4 khoản 1 quy định nêu gương', [`${REG}#dieu-4__khoan-1`]],
  ['Điều 4 Khoản 1 Quy định', [`${REG}#dieu-4__khoan-1`]],
  ['dieu 4 khoan 1 quy che', [`${RULES}#dieu-4__khoan-1`]],
  ['điều 12 quy chế', [`${RULES}#dieu-12`]],
  ['dieu 12 quy che', [`${RULES}#dieu-12`]],
  ['Điều 12 Quy chế làm việc', [`${RULES}#dieu-12`]],
  ['điều 12', [`${RULES}#dieu-12`]],
  ['đ12 qc', [`${RULES}#dieu-12`]],
  ['khoản 2 điều 17 quy chế', [`${RULES}#dieu-17__khoan-2`]],
  ['k2 d17', [`${RULES}#dieu-17__khoan-2`]],
  ['quy chế điều 17 khoản 2', [`${RULES}#dieu-17__khoan-2`]],
  // Chương: Roman or Arabic, and an article's chapter is only a reminder.
  ['chương II quy chế', [`${RULES}#chuong-II`]],
  ['chuong ii quy che', [`${RULES}#chuong-II`]],
  ['Chương 2 Quy chế', [`${RULES}#chuong-II`]],
  ['ch II', [`${RULES}#chuong-II`]],
  ['chương II điều 4', [`${RULES}#dieu-4`]],
  // Mục and điểm of the guideline.
  ['điểm 2 mục IV hướng dẫn', [`${GUIDE}#muc-IV__diem-2`]],
  ['diem 2 muc iv huong dan', [`${GUIDE}#muc-IV__diem-2`]],
  ['Điểm 2 Mục IV', [`${GUIDE}#muc-IV__diem-2`]],
  ['mục IV điểm 2', [`${GUIDE}#muc-IV__diem-2`]],
  ['diem 2 muc 4 huong dan', [`${GUIDE}#muc-IV__diem-2`]],
  ['IV.2 hướng dẫn', [`${GUIDE}#muc-IV__diem-2`]],
  ['mục III hướng dẫn', [`${GUIDE}#muc-III`]],
  ['muc 3 huong dan neu guong', [`${GUIDE}#muc-III`]],
  // Tiết of the directive.
  ['4.5 chỉ thị', [`${DIRECTIVE}#diem-4__tiet-4-5`]],
  ['4.5 chi thi', [`${DIRECTIVE}#diem-4__tiet-4-5`]],
  ['tiết 4.5 chỉ thị', [`${DIRECTIVE}#diem-4__tiet-4-5`]],
  ['điểm 4.5 chỉ thị', [`${DIRECTIVE}#diem-4__tiet-4-5`]],
  ['điểm 4 chỉ thị', [`${DIRECTIVE}#diem-4`]],
  ['diem 1 chi thi ky luat', [`${DIRECTIVE}#diem-1`]],
];

const NUMBERS: Array<[string, string]> = [
  ['08-QĐi/TW', 'dan-chieu/08-qdi-tw-2018/'],
  ['08-qdi/tw', 'dan-chieu/08-qdi-tw-2018/'],
  ['QĐ 08', 'dan-chieu/08-qdi-tw-2018/'],
  ['qd 08', 'dan-chieu/08-qdi-tw-2018/'],
  ['QĐi 8', 'dan-chieu/08-qdi-tw-2018/'],
  ['quy định 08', 'dan-chieu/08-qdi-tw-2018/'],
  ['quy dinh so 08', 'dan-chieu/08-qdi-tw-2018/'],
  ['kết luận 226', 'dan-chieu/226-kl-tw-2025/'],
  ['ket luan 226', 'dan-chieu/226-kl-tw-2025/'],
  ['KL 226', 'dan-chieu/226-kl-tw-2025/'],
  ['226-KL/TW', 'dan-chieu/226-kl-tw-2025/'],
  ['KL 21', 'dan-chieu/21-kl-tw-2021/'],
  ['kl21', 'dan-chieu/21-kl-tw-2021/'],
  ['CT 05', 'dan-chieu/05-ct-tw-2016/'],
  ['chỉ thị 05', 'dan-chieu/05-ct-tw-2016/'],
  ['chi thi so 5', 'dan-chieu/05-ct-tw-2016/'],
  ['4871', 'dan-chieu/4871-qd-tu-dien-bien-2019/'],
  ['quy định 4871', 'dan-chieu/4871-qd-tu-dien-bien-2019/'],
  ['4871-QĐ/TU', 'dan-chieu/4871-qd-tu-dien-bien-2019/'],
  ['QĐ 213', 'dan-chieu/213-qd-tw-2020/'],
];

describe('references in a query', () => {
  it.each(UNITS)('"%s" leads to its unit', (query, expected) => {
    expect(targets(query)).toEqual(expected);
  });

  it.each(NUMBERS)('"%s" puts that document first', (query, url) => {
    expect(targets(query)[0]).toBe(url);
  });

  it('has at least sixty spellings', () => {
    expect(UNITS.length + NUMBERS.length).toBeGreaterThanOrEqual(60);
  });

  it('reads the levels whatever their order, and keeps the other words', () => {
    expect(parseQuery('khoản 2 điều 3 cán bộ')).toEqual({ units: [[{ kind: 'article', num: '3' }, { kind: 'clause', num: '2' }]], numbers: [], words: ['can', 'bo'] });
    expect(parseQuery('dieu 3 khoan 2').units).toEqual(parseQuery('Khoản 2 Điều 3').units);
  });

  it('gives "4.5" both its readings', () => {
    expect(parseQuery('4.5').units).toEqual([[{ kind: 'subpoint', num: '4.5' }], [{ kind: 'article', num: '4' }, { kind: 'clause', num: '5' }]]);
  });

  it('reads a số hiệu in its pieces', () => {
    expect(parseQuery('08-QĐi/TW').numbers).toEqual([{ number: '8', symbol: 'qdi', issuer: 'tw' }]);
    expect(parseQuery('kết luận số 226').numbers).toEqual([{ number: '226', type: 'Kết luận' }]);
  });

  it('leaves ordinary words alone', () => {
    for (const query of ['nêu gương', 'chương trình công tác', 'mục đích yêu cầu', 'điều hành', 'khoán', 'đi đầu', 'rõ người rõ việc']) {
      const parsed = parseQuery(query);
      expect(parsed.units, query).toEqual([]);
      expect(parsed.numbers, query).toEqual([]);
    }
    expect(targets('nêu gương')).toEqual([]);
  });

  it('finds nothing for a unit no document has', () => {
    expect(targets('khoản 40 điều 2')).toEqual([]);
    expect(targets('điều 99 quy chế')).toEqual([]);
  });

  it('keeps the words that did not name the document for the text search', () => {
    expect(resolveQuery(parseQuery('k7 d2 neu guong'), index).words).toEqual([]);
    expect(resolveQuery(parseQuery('điều 12 quy chế họp'), index).words).toEqual(['hop']);
  });
});
