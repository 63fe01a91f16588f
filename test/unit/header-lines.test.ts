import { describe, expect, it } from 'vitest';
import { headerLineRole } from '../../src/lib/model/header-lines.ts';
import { plainText } from '../../src/lib/model/runs.ts';
import { documentTree } from '../support/documents.ts';

describe('header lines', () => {
  it('tell the motto, the number and the place and date from the issuer’s lines, in the Quy định and the pledge form', () => {
    const roles = (lines: Parameters<typeof plainText>[0][]) => lines.map((l) => headerLineRole(plainText(l)) ?? 'issuer');
    const regulation = documentTree('quy-dinh-neu-guong-dien-bien');
    expect(roles(regulation.header)).toEqual(['issuer', 'motto', 'issuer', 'number', 'date']);
    expect(roles(documentTree('huong-dan-neu-guong').attachments[0]!.header)).toEqual(['issuer', 'issuer', 'motto', 'issuer']);
  });

  it('leaves other lines alone', () => {
    for (const t of ['TỈNH ỦY ĐIỆN BIÊN', '*', 'Số liệu', 'Nơi nhận:', '- Lưu Văn phòng Tỉnh ủy, TH1.', 'Đảng Cộng sản Việt Nam là đội tiên phong']) {
      expect(headerLineRole(t), t).toBeUndefined();
    }
  });
});
