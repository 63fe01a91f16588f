import { describe, expect, it } from 'vitest';
import { indexableHtml } from '../../src/integrations/pagefind.ts';
import { paramsFromState, stateFromParams } from '../../src/lib/search/filters.ts';
import { canonicalTones, fold, hasDiacritics, queryVariants, words } from '../../src/lib/search/vietnamese.ts';

describe('Vietnamese text for search', () => {
  it('makes old and new tone placement one spelling', () => {
    expect(canonicalTones('khoá')).toBe('khóa');
    expect(canonicalTones('hoá')).toBe('hóa');
    expect(canonicalTones('uỷ')).toBe('ủy');
    expect(canonicalTones('Uỷ ban')).toBe('Ủy ban');
    expect(canonicalTones('thuỷ')).toBe('thủy');
    expect(canonicalTones('khoẻ')).toBe('khỏe');
    expect(canonicalTones('hoà')).toBe('hòa');
    expect(canonicalTones('KHOÁ XIV')).toBe('KHÓA XIV');
    expect(canonicalTones('toàn khoá và tự chuyển hoá')).toBe('toàn khóa và tự chuyển hóa');
  });

  it('leaves the placements that are the only correct one', () => {
    for (const w of ['khóa', 'hoàn', 'toán', 'quý', 'quỳ', 'thuyền', 'huyết', 'hoặc', 'người']) expect(canonicalTones(w)).toBe(w);
  });

  it('reads NFD input the same as NFC', () => {
    expect(canonicalTones('khoá'.normalize('NFD'))).toBe('khóa');
    expect(fold('Điện Biên'.normalize('NFD'))).toBe('dien bien');
  });

  it('folds diacritics, đ and case for comparison', () => {
    expect(fold('Điều lệ Đảng')).toBe('dieu le dang');
    expect(fold('RÕ NGƯỜI, RÕ VIỆC')).toBe('ro nguoi, ro viec');
    expect(hasDiacritics('ro nguoi')).toBe(false);
    expect(hasDiacritics('rõ')).toBe(true);
    expect(hasDiacritics('dang')).toBe(false);
    expect(hasDiacritics('đang')).toBe(true);
  });

  it('splits a query into words, keeping syllables and numbers whole', () => {
    expect(words('“rõ người, rõ việc” 101-QĐ/TW')).toEqual(['rõ', 'người', 'rõ', 'việc', '101', 'QĐ', 'TW']);
  });

  it('indexes the document body with canonical tones and leaves the rest of the page alone', () => {
    const html = '<html><body><nav>Uỷ ban</nav><div data-pagefind-body><p>cấp uỷ khoá XIV</p></div></body></html>';
    const out = indexableHtml(html);
    expect(out).toContain('<p>cấp ủy khóa XIV</p>');
    expect(out).toContain('<nav>Uỷ ban</nav>');
  });

  it('keeps search state in a shareable URL', () => {
    const state = { query: 'rõ người', filters: { tỉnh: ['Lào Cai', 'Điện Biên'], loại: ['Chỉ thị'] } };
    const params = paramsFromState(state);
    expect(params.toString()).toBe('q=r%C3%B5+ng%C6%B0%E1%BB%9Di&tinh=L%C3%A0o+Cai&tinh=%C4%90i%E1%BB%87n+Bi%C3%AAn&loai=Ch%E1%BB%89+th%E1%BB%8B');
    expect(stateFromParams(params)).toEqual(state);
  });
});

describe('spellings of a query typed without diacritics', () => {
  it('searches a plain d both as d and as đ, since Pagefind does not fold đ', () => {
    expect(queryVariants('dien bien')).toEqual(['dien bien', 'đien bien']);
    expect(queryVariants('de cu dang')).toEqual(['de cu dang', 'đe cu dang', 'de cu đang', 'đe cu đang']);
    expect(queryVariants('"dam nghi"')).toEqual(['"dam nghi"', '"đam nghi"']);
    expect(queryVariants('Dien')).toEqual(['Dien', 'Đien']);
  });

  it('leaves words typed with diacritics, and caps the spellings at 16', () => {
    expect(queryVariants('Điện Biên dám')).toEqual(['Điện Biên dám']);
    expect(queryVariants('d1 d2 d3 d4 d5 d6')).toHaveLength(16);
  });
});
