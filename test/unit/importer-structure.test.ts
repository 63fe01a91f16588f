import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/lib/model/runs.ts';
import { allUnits, childrenOfKind, importSource } from '../support/import.ts';

const regulation = importSource('000_7da3d2be77d90cdf.txt').tree;
const guideline = importSource('001_53aca9755fa8ba25.txt').tree;
const directive = importSource('003_ea6883da93ebe6f8.txt').tree;
const rules = importSource('004_cdcf607f15aa0d9f.txt').tree;

const byId = (tree: typeof rules, eId: string) =>
  allUnits([...tree.preamble, ...tree.body, ...tree.attachments.flatMap((a) => a.children)]).find((u) => u.eId === eId);
const textOf = (tree: typeof rules, eId: string) => plainText(byId(tree, eId)?.text ?? []);

describe('structure of the Điện Biên regulation (000)', () => {
  it('has 4 điều; Điều 2 has 16 khoản, Điều 3 has 12, Điều 4 has 4', () => {
    const articles = regulation.body.filter((u) => u.kind === 'article');
    expect(articles.map((a) => a.num)).toEqual(['1', '2', '3', '4']);
    expect(childrenOfKind(articles[1], 'clause').map((c) => c.num)).toEqual(Array.from({ length: 16 }, (_, i) => String(i + 1)));
    expect(childrenOfKind(articles[2], 'clause')).toHaveLength(12);
    expect(childrenOfKind(articles[3], 'clause')).toHaveLength(4);
  });

  it('reads the header, the title, five Căn cứ lines and Nơi nhận as such, not as clauses', () => {
    expect(regulation.header.map(plainText)).toEqual([
      'TỈNH ỦY ĐIỆN BIÊN',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      '*',
      'Số       -QĐ/TU',
      'Điện Biên, ngày     tháng 02 năm 2026',
    ]);
    expect(regulation.title.map(plainText)[0]).toBe('QUY ĐỊNH');
    expect(regulation.preamble.filter((u) => u.kind === 'basis').map((u) => u.eId)).toEqual(['can-cu-1', 'can-cu-2', 'can-cu-3', 'can-cu-4', 'can-cu-5']);
    expect(regulation.recipients?.items).toHaveLength(7);
    expect(regulation.signature).toBeNull();
  });

  it('keeps the statement that it replaces Quy định 4871 inside Điều 4, after khoản 4', () => {
    const article4 = byId(regulation, 'dieu-4')!;
    expect(article4.children.at(-1)!.eId).toBe('dieu-4__doan-1');
    expect(textOf(regulation, 'dieu-4__doan-1')).toMatch(/^Quy định này thay thế Quy định số 4871-QĐ\/TU/);
  });

  it('does not glue "Điều 3." onto the end of khoản 16 though the source has no blank line between them', () => {
    expect(textOf(regulation, 'dieu-2__khoan-16')).not.toContain('Điều 3');
    expect(byId(regulation, 'dieu-3')).toBeDefined();
  });
});

describe('structure of the Quy chế làm việc (004)', () => {
  it('has 5 chương and 31 điều, numbered through the document', () => {
    const chapters = rules.body.filter((u) => u.kind === 'chapter');
    expect(chapters.map((c) => c.num)).toEqual(['I', 'II', 'III', 'IV', 'V']);
    const articles = chapters.flatMap((c) => childrenOfKind(c, 'article'));
    expect(articles.map((a) => a.eId)).toEqual(Array.from({ length: 31 }, (_, i) => `dieu-${i + 1}`));
    expect(chapters.map((c) => childrenOfKind(c, 'article').length)).toEqual([3, 5, 14, 8, 1]);
  });

  it('takes chapter titles from the line after "Chương I", without heading markup', () => {
    expect(plainText(rules.body[0]!.heading!)).toBe('NHIỆM VỤ, QUYỀN HẠN CỦA TẬP THỂ');
  });

  it('reads (1)- items as điểm, and keeps the gap where (3) is missing as a recorded defect', () => {
    expect(childrenOfKind(byId(rules, 'dieu-17__khoan-1'), 'point').map((p) => p.eId)).toEqual([
      'dieu-17__khoan-1__diem-1',
      'dieu-17__khoan-1__diem-2',
      'dieu-17__khoan-1__diem-4',
    ]);
    expect(rules.defects).toEqual([{ line: 419, message: 'Số thứ tự nhảy từ 2 sang 4' }]);
  });

  it('joins paragraphs split by page breaks, with no word lost', () => {
    expect(textOf(rules, 'dieu-4__khoan-8')).toMatch(/và năng lực hoạt động thực tiễn\.$/);
    expect(textOf(rules, 'dieu-19__khoan-2')).toContain('xã hội, Ban Thường vụ Tỉnh đoàn có nhiệm vụ');
    expect(textOf(rules, 'dieu-2__khoan-5')).toMatch(/an toàn xã hội, dân tộc, tôn giáo\.\.\.$/);
    expect(textOf(rules, 'dieu-4__khoan-3')).toContain('của Tỉnh ủy; kiên quyết đấu tranh');
  });

  it('keeps inline bold and italic that mark amendments, and drops bold that is heading markup', () => {
    const clause = byId(rules, 'dieu-1__khoan-3__gach-5')!;
    expect(clause.text!.some((r) => r.marks?.includes('strong') && r.text.includes('công chức, viên chức (gọi chung là cán bộ)'))).toBe(true);
    const basis5 = byId(rules, 'can-cu-5')!;
    expect(basis5.text!.every((r) => r.marks?.includes('strong') && r.marks.includes('emphasis'))).toBe(true);
    expect(byId(rules, 'dieu-2')!.heading!.every((r) => !r.marks)).toBe(true);
  });
});

describe('structure of the guideline (001) and its form', () => {
  it('has mục I–V with the numbered sections of mục III', () => {
    expect(guideline.body.map((u) => u.eId)).toEqual(['muc-I', 'muc-II', 'muc-III', 'muc-IV', 'muc-V']);
    expect(childrenOfKind(byId(guideline, 'muc-III'), 'point').map((p) => plainText(p.heading ?? []))).toEqual([
      'Về tư tưởng chính trị',
      'Về đạo đức, lối sống, tác phong',
      'Về tự phê bình, phê bình',
      'Về quan hệ với Nhân dân',
      'Về trách nhiệm trong công tác',
      'Về ý thức tổ chức kỷ luật',
      'Về đoàn kết nội bộ',
    ]);
  });

  it('splits the glued title "HƯỚNG DẪNtiếp tục…" into its two lines', () => {
    expect(guideline.title.map(plainText)).toEqual([
      'HƯỚNG DẪN',
      'tiếp tục thực hiện trách nhiệm nêu gương của cán bộ, đảng viên, nhất là cán bộ lãnh đạo chủ chốt các cấp',
    ]);
  });

  it('reads the signature, then the attached form with its 9 items and its footnote', () => {
    expect(guideline.signature!.map(plainText)).toEqual(['T/M BAN THƯỜNG VỤ', 'BÍ THƯ', 'Nguyễn Đức Thanh']);
    const form = guideline.attachments[0]!;
    expect(form.eId).toBe('mau-1');
    expect(form.title.map(plainText).join(' ')).toBe('BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU, ĐĂNG KÝ NÊU GƯƠNG NĂM 20...');
    expect(childrenOfKind({ children: form.children } as never, 'point').map((p) => p.num)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(byId(guideline, 'mau-1__chu-thich-1')).toBeDefined();
    expect(form.closing.map(plainText)[0]).toBe('....., ngày ..... tháng ..... năm 20....');
  });

  it('joins "của Bộ / Chính trị" split across a page break', () => {
    expect(textOf(guideline, 'muc-III__diem-1__doan-2')).toContain('ngày 18/5/2021 của Bộ Chính trị về tiếp tục');
  });
});

describe('structure of the Lào Cai directive (003)', () => {
  it('has điểm 1–4 with headings, and tiết 4.1–4.6 inside điểm 4', () => {
    expect(directive.body.map((u) => u.eId)).toEqual(['diem-1', 'diem-2', 'diem-3', 'diem-4']);
    expect(directive.body.every((u) => u.heading)).toBe(true);
    expect(childrenOfKind(byId(directive, 'diem-4'), 'subpoint').map((u) => u.eId)).toEqual(
      ['4-1', '4-2', '4-3', '4-4', '4-5', '4-6'].map((n) => `diem-4__tiet-${n}`),
    );
    expect(directive.preamble.map((u) => u.eId)).toEqual(['mo-dau__doan-1', 'mo-dau__doan-2', 'mo-dau__doan-3', 'mo-dau__doan-4']);
  });

  it('shows suspected typos with an editorial note and leaves the text as written', () => {
    const runs = byId(directive, 'diem-1__doan-2')!.text!;
    const marked = runs.find((r) => r.sic);
    expect(marked).toEqual({ text: 'Phần đầu', sic: 'có lẽ là “Phấn đấu”' });
  });
});

describe('ids', () => {
  it('are unique in every document', () => {
    for (const tree of [regulation, guideline, directive, rules]) {
      const ids = allUnits([...tree.preamble, ...tree.body, ...tree.attachments.flatMap((a) => a.children)]).map((u) => u.eId);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('are identical across two imports, as is every byte of the output', () => {
    const again = importSource('004_cdcf607f15aa0d9f.txt');
    const first = importSource('004_cdcf607f15aa0d9f.txt');
    expect(again.json).toBe(first.json);
    expect(again.mdx).toBe(first.mdx);
  });
});
