import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  breadcrumbFromEId,
  citationLabel,
  formatAknSegment,
  formatSegment,
  isEId,
  levelName,
  numToken,
} from '../../src/lib/model/eid.ts';
import { breadcrumb, walk } from '../../src/lib/model/tree.ts';
import { documentTreeSchema } from '../../src/schemas/document-tree.ts';
import { DOCUMENTS } from '../support/paths.ts';

const trees = readdirSync(DOCUMENTS)
  .filter((f) => f.endsWith('.json'))
  .map((f) => documentTreeSchema.parse(JSON.parse(readFileSync(`${DOCUMENTS}${f}`, 'utf8'))));

describe('eId', () => {
  it('turns written numbers into id tokens', () => {
    expect(numToken('4.1')).toBe('4-1');
    expect(numToken('(1)')).toBe('1');
    expect(numToken('III')).toBe('III');
    expect(numToken('đ')).toBe('dd');
    expect(() => numToken('()')).toThrow(/mã định danh/);
  });

  it('formats a level in Vietnamese and in Akoma Ntoso words', () => {
    expect(formatSegment({ kind: 'clause', token: '2', duplicate: 2 })).toBe('khoan-2_2');
    expect(formatAknSegment({ kind: 'clause', token: '2', duplicate: 2 })).toBe('para_2_2');
    expect(formatSegment({ kind: 'preamble' })).toBe('mo-dau');
    expect(formatAknSegment({ kind: 'subpoint', token: '4-1' })).toBe('subpoint_4-1');
  });

  it('names a unit the way a trainer cites it, innermost first', () => {
    expect(citationLabel([levelName('article', '3'), levelName('clause', '5'), levelName('point', '1')])).toBe('Điểm 1 khoản 5 Điều 3');
    expect(citationLabel([levelName('section', 'III'), levelName('point', '2')])).toBe('Điểm 2 Mục III');
    expect(citationLabel([levelName('preamble', undefined), levelName('paragraph', '2')])).toBe('Đoạn 2 phần mở đầu');
    expect(citationLabel([levelName('basis', '3')])).toBe('Căn cứ thứ 3');
    expect(levelName('clause', '2', 2)).toBe('khoản 2 (lần 2)');
  });

  it('tells structure ids from the page’s other anchors', () => {
    expect(['dieu-2__khoan-4', 'mo-dau__doan-1', 'khoan-2_2', 'mau-1__chu-thich-1', 'noi-nhan'].every(isEId)).toBe(true);
    expect(['facts-heading', 'sua-doi-3', 'dieu', ''].some(isEId)).toBe(false);
  });

  it('works back, in the browser, exactly the breadcrumb the tree gives every unit', () => {
    let units = 0;
    for (const tree of trees) {
      for (const entry of walk(tree)) {
        expect(breadcrumbFromEId(entry.unit.eId), entry.unit.eId).toEqual(breadcrumb(entry));
        units++;
      }
    }
    expect(units).toBeGreaterThan(400);
  });
});
