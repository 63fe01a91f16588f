import { describe, expect, it } from 'vitest';
import { breadcrumb, formatSegment, numToken, parseEId, pinpointLabel, toAknEId, tokenToNum } from '../../src/lib/model/eid.ts';

describe('eId', () => {
  it('turns written numbers into id tokens and back', () => {
    expect(numToken('4.1')).toBe('4-1');
    expect(numToken('(1)')).toBe('1');
    expect(numToken('III')).toBe('III');
    expect(numToken('đ')).toBe('dd');
    expect(tokenToNum('4-1')).toBe('4.1');
    expect(tokenToNum('dd')).toBe('đ');
    expect(() => numToken('()')).toThrow(/mã định danh/);
  });

  it('gives every level its Akoma Ntoso twin', () => {
    expect(toAknEId('dieu-2__khoan-4')).toBe('art_2__para_4');
    expect(toAknEId('dieu-3__khoan-5__diem-1')).toBe('art_3__para_5__point_1');
    expect(toAknEId('chuong-II')).toBe('chp_II');
    expect(toAknEId('muc-III__diem-2')).toBe('sec_III__point_2');
    expect(toAknEId('mo-dau__doan-1')).toBe('preamble__al_1');
    expect(toAknEId('can-cu-2')).toBe('cit_2');
    expect(toAknEId('mau-1__chu-thich-1')).toBe('att_1__fn_1');
    expect(toAknEId('dieu-2__khoan-2_2')).toBe('art_2__para_2_2');
  });

  it('names a unit the way a trainer cites it, innermost first', () => {
    expect(pinpointLabel('dieu-2__khoan-4')).toBe('Khoản 4 Điều 2');
    expect(pinpointLabel('dieu-3__khoan-5__diem-1')).toBe('Điểm 1 khoản 5 Điều 3');
    expect(pinpointLabel('dieu-1__khoan-3__gach-2')).toBe('Gạch đầu dòng thứ 2 khoản 3 Điều 1');
    expect(pinpointLabel('muc-III__diem-2')).toBe('Điểm 2 Mục III');
    expect(pinpointLabel('diem-4__tiet-4-1')).toBe('Tiết 4.1 điểm 4');
    expect(pinpointLabel('mo-dau__doan-2')).toBe('Đoạn 2 phần mở đầu');
    expect(pinpointLabel('can-cu-3')).toBe('Căn cứ thứ 3');
    expect(pinpointLabel('mau-1__diem-9')).toBe('Điểm 9 Mẫu kèm theo');
  });

  it('builds a breadcrumb outermost first', () => {
    expect(breadcrumb('dieu-3__khoan-6')).toEqual(['Điều 3', 'Khoản 6']);
    expect(breadcrumb('muc-III__diem-1__doan-2')).toEqual(['Mục III', 'Điểm 1', 'Đoạn 2']);
  });

  it('parses what it formats', () => {
    const segment = { kind: 'clause' as const, token: '2', duplicate: 2 };
    expect(parseEId(formatSegment(segment))).toEqual([segment]);
    expect(() => parseEId('dieu-2__foo-1')).toThrow(/foo-1/);
  });
});
