import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readMeta } from '../../src/lib/importer/meta.ts';
import { SourceError } from '../../src/lib/importer/source-error.ts';
import { plainText } from '../../src/lib/model/runs.ts';
import { allUnits } from '../support/import.ts';
import { SOURCES } from '../support/paths.ts';
import { importText, skeleton } from '../support/skeleton.ts';

const HOSTILE = [
  '1. <script>alert("x")</script> và {process.exit(1)}',
  '2. export const x = 1',
  '3. import fs from "fs"',
  '<!-- chú thích HTML -->',
  '<div onclick="alert(1)">khối HTML</div>',
  'export default function Hack() {}',
  '{/* biểu thức */}',
];

// Markdown-looking characters are the text's own: a link, code span or entity stays as written.
const MARKDOWN = '[liên kết](javascript:alert(1)) và `mã` và &amp; và &lt;b&gt; và 5~10%';

function unitTexts(doc: ReturnType<typeof importText>): string[] {
  return allUnits(doc.tree.body).map((u) => plainText(u.text ?? []));
}

describe('hostile source text is data', () => {
  it('keeps scripts, expressions, ESM and HTML as literal words, and the MDX contains no code', () => {
    const doc = importText(skeleton([...HOSTILE, MARKDOWN]));
    const text = unitTexts(doc).join('\n');
    let from = 0;
    for (const line of [...HOSTILE, MARKDOWN]) {
      const at = text.indexOf(line, from);
      expect(at, line).toBeGreaterThanOrEqual(from);
      from = at + line.length;
    }
    // The generated MDX escapes every brace and angle bracket of the text.
    expect(doc.mdx).not.toMatch(/^\s*(import|export)\s/m);
    expect(doc.mdx).toContain('\\<script>');
    expect(doc.mdx).toContain('\\{process.exit(1)}');
    // The link is words on the page, not a link.
    expect(doc.mdx).toContain('\\[liên kết]\\(javascript:alert(1))');
  });

  it('reads a BOM, CRLF line ends and NFD-decomposed letters as the same text', () => {
    const clean = skeleton(['1. Điều lệ Đảng và người đứng đầu']);
    const messy = `\uFEFF${clean.normalize('NFD').replace(/\n/g, '\r\n')}`;
    expect(importText(messy).json.replace(/"sourceSha256": "\w+"/, '')).toBe(importText(clean).json.replace(/"sourceSha256": "\w+"/, ''));
  });

  it('rejects an empty file, naming it', () => {
    expect(() => importText('')).toThrow(SourceError);
    expect(() => importText('')).toThrow(/^thu-nghiem\.txt: tệp rỗng/);
    expect(() => importText('  \n\n ')).toThrow(/thu-nghiem\.txt: tệp chỉ có khoảng trắng/);
  });

  it('rejects a binary file with the line of the first bad byte', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0xff, 0xfe]);
    expect(() => importText(png)).toThrow(/^thu-nghiem\.txt:1: không phải văn bản UTF-8/);
    const withNul = new TextEncoder().encode('QUY ĐỊNH\n\nĐiều 1. A\x00B');
    expect(() => importText(withNul)).toThrow(/^thu-nghiem\.txt:3: có ký tự điều khiển U\+0000/);
  });

  it('names the title line it expected when the text does not match its metadata type', () => {
    expect(() => importText(skeleton(['1. Nội dung']), { type: 'Chỉ thị', symbol: 'CT/TU' })).toThrow(/^thu-nghiem\.txt:1: không tìm thấy dòng tên loại văn bản "CHỈ THỊ"/);
  });

  it('refuses a document type the vocabulary does not know, or a symbol that type does not use, naming the line', () => {
    const yaml = readFileSync(`${SOURCES}000_7da3d2be77d90cdf.yaml`, 'utf8');
    const line = yaml.split('\n').findIndex((l) => l.startsWith('type:')) + 1;
    expect(() => readMeta(yaml.replace(/^type: .*$/m, 'type: Thư'), 'x.yaml')).toThrow(new RegExp(`^x\\.yaml:${line}: trường "type": không phải loại văn bản đã biết`));
    expect(() => readMeta(yaml.replace(/^type: .*$/m, 'type: Chỉ thị'), 'x.yaml')).toThrow(/^x\.yaml:\d+: trường "symbol": ký hiệu "QĐ\/TU" không hợp với loại "Chỉ thị" \("CT\/…"\)/);
  });

  it('fails when an editorial note matches nothing, naming the metadata file', () => {
    expect(() => importText(skeleton(['1. Nội dung']), { notes: [{ find: 'không có chữ này', note: 'x' }] })).toThrow(
      /^thu-nghiem\.yaml: ghi chú biên tập không khớp chữ nào trong văn bản: "không có chữ này"/,
    );
  });
});

describe('metadata errors name the file and the line', () => {
  it('reports malformed YAML at its line', () => {
    expect(() => readMeta('slug: a\nnote: có: hai dấu hai chấm\n', 'x.yaml')).toThrow(/^x\.yaml:2: YAML không hợp lệ/);
  });

  it('reports a field that breaks the schema at its line, with the field name', () => {
    const yaml = ['slug: Chữ Hoa', 'source: a.txt', 'shortTitle: A', 'type: Quy định', 'number: null', 'symbol: null', 'date: null', 'issuer: null', 'province: null', 'signer: null', 'status: { value: du-thao, reason: Thử, evidence: [{ source: Thử }] }'].join('\n');
    expect(() => readMeta(yaml, 'x.yaml')).toThrow(/^x\.yaml:1: trường "slug": chỉ dùng chữ thường/);
    expect(() => readMeta(yaml.replace('Chữ Hoa', 'a').replace('du-thao', 'ban-hanh'), 'x.yaml')).toThrow(/^x\.yaml:11: trường "status\.value"/);
    expect(() => readMeta(yaml.replace('Chữ Hoa', 'a').replace('type: Quy định\n', ''), 'x.yaml')).toThrow(/^x\.yaml:1: thiếu trường "type"$/);
    expect(() => readMeta(yaml.replace('Chữ Hoa', 'a').replace('value: du-thao, ', ''), 'x.yaml')).toThrow(/^x\.yaml:11: thiếu trường "status\.value"$/);
  });

  it('reports a field the schema does not know at its own line', () => {
    const yaml = readFileSync(`${SOURCES}000_7da3d2be77d90cdf.yaml`, 'utf8');
    const line = yaml.split('\n').findIndex((l) => l.startsWith('type:')) + 1;
    expect(() => readMeta(yaml.replace(/^type: /m, 'mau: đỏ\ntype: '), 'x.yaml')).toThrow(new RegExp(`^x\\.yaml:${line}: trường lạ "mau"`));
  });

  it('refuses a day the calendar does not have, and accepts 29/02 of a leap year', () => {
    const yaml = readFileSync(`${SOURCES}000_7da3d2be77d90cdf.yaml`, 'utf8');
    const line = yaml.split('\n').findIndex((l) => l.startsWith('date:')) + 1;
    const withDate = (date: string) => yaml.replace(/^date:.*(?:\n {2}.*)*/m, `date: ${date}`);
    expect(() => readMeta(withDate('{ day: 31, month: 2, year: 2026 }'), 'x.yaml')).toThrow(new RegExp(`^x\\.yaml:${line}: trường "date\\.day": ngày 31/2/2026 không có trong lịch`));
    expect(() => readMeta(withDate('{ day: 29, month: 2, year: 2026 }'), 'x.yaml')).toThrow(/không có trong lịch/);
    expect(() => readMeta(withDate('{ day: 31, month: 4, year: null }'), 'x.yaml')).toThrow(/ngày 31\/4 không có trong lịch/);
    expect(readMeta(withDate('{ day: 29, month: 2, year: 2028 }'), 'x.yaml').date).toEqual({ day: 29, month: 2, year: 2028 });
  });

  it('names the file on a YAML error of any kind, an alias bomb included, with no stack', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]'].join('\n');
    expect(() => readMeta(bomb, 'x.yaml')).toThrow(SourceError);
    expect(() => readMeta(bomb, 'x.yaml')).toThrow(/^x\.yaml: YAML không đọc được: quá nhiều bí danh/);
    expect(() => readMeta('a: *khong-co\n', 'x.yaml')).toThrow(/^x\.yaml: YAML không đọc được: bí danh \(alias\) chưa được khai báo/);
    expect(() => readMeta('a: [1, 2\n', 'x.yaml')).toThrow(/^x\.yaml:\d+: YAML không hợp lệ/);
  });
});
