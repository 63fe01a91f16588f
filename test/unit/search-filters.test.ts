import { describe, expect, it } from 'vitest';
import { searchFilterOptions, searchFilterValues } from '../../src/lib/search/filters.ts';

const laoCai = { shortTitle: 'Chỉ thị (Lào Cai)', province: 'Lào Cai', type: 'Chỉ thị', date: { day: 3, month: 4, year: 2025 } };
const dienBien = { shortTitle: 'Quy định (Điện Biên)', province: 'Điện Biên', type: 'Quy định', date: { day: null, month: 2, year: 2026 } };
const unknown = { shortTitle: 'Hướng dẫn', province: null, type: 'Hướng dẫn', date: null };

describe('search filter values', () => {
  it('names a blank province or year instead of guessing one', () => {
    expect(searchFilterValues(unknown)).toEqual({ 'văn bản': 'Hướng dẫn', tỉnh: 'không ghi tỉnh', loại: 'Hướng dẫn', năm: 'chưa ghi năm' });
  });

  it('lists each value once per filter, in Vietnamese alphabetical order (Đ after D, before E)', () => {
    const options = searchFilterOptions([laoCai, dienBien, unknown, { ...dienBien, shortTitle: 'Quy chế', type: 'Quy chế' }]);
    expect(options['tỉnh']).toEqual(['Điện Biên', 'không ghi tỉnh', 'Lào Cai']);
    expect(options['năm']).toEqual(['2025', '2026', 'chưa ghi năm']);
    expect(options['loại']).toEqual(['Chỉ thị', 'Hướng dẫn', 'Quy chế', 'Quy định']);
  });
});
