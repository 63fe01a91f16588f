/**
 * No input crashes the importer: texts made of the lines that trip Markdown readers, in many
 * orders, either import with every character or fail with a SourceError (`file:line: …`).
 */
import { describe, expect, it } from 'vitest';
import { SourceError } from '../../src/lib/importer/source-error.ts';
import { importText } from '../support/skeleton.ts';

const LINES = [
  'Điều 1. Phạm vi', 'Điều 1.', '1. Khoản.', '**1.** Khoản đậm.', '## **2. Tiêu đề**', '4.1. Tiết.', 'I- MỤC', 'Chương I', 'Chương II. TÊN',
  '(1)- Điểm.', 'a) điểm', '- gạch', '+ cộng', '* sao', '---', '***', '___', '# heading', '#', '>', '> trích', '```', '~~~', '~~x~~', '5~10%',
  '[a](b)', '![a](b)', '[^1]', '[x]: y', '<https://a.vn>', '<b>', '</sup>', '<sup>1</sup> chú thích', '&lt;', '&#0;', '\\', '\\*', '`x`', '| a | b |',
  '|---|', '{x}', 'export const a = 1', 'Nơi nhận:', 'T/M BAN THƯỜNG VỤ', 'BÍ THƯ', '....., ngày ..... tháng ..... năm 20....', 'viết thường tiếp',
  'Quy định này thay thế.', 'Căn cứ Điều lệ Đảng;', '\tthụt lề', '    bốn dấu cách', '**', '****', '*a**b*', '_a_', 'Dòng\u00a0cách', '',
];

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

describe('the importer on texts that trip Markdown readers', () => {
  it('imports or refuses with file and line, never crashes, and keeps plain words', () => {
    const next = random(16);
    let imported = 0;
    for (let n = 0; n < 150; n++) {
      const body = Array.from({ length: 3 + Math.floor(next() * 12) }, () => LINES[Math.floor(next() * LINES.length)]!);
      const text = ['QUY ĐỊNH', '', 'về thử nghiệm', '', ...body.flatMap((l) => (next() < 0.7 ? [l, ''] : [l]))].join('\n');
      let doc: ReturnType<typeof importText> | undefined;
      let failure: unknown;
      try {
        doc = importText(text);
      } catch (error) {
        failure = error;
      }
      if (doc) {
        imported++;
        // Anywhere in the tree: header, units, recipients, signature or a form.
        for (const literal of ['5~10%', '~~x~~', '[a](b)', '&lt;', '`x`', '| a | b |']) if (body.includes(literal)) expect(doc.json, text).toContain(literal);
      } else {
        expect(failure, `${text}\n→ ${(failure as Error).stack}`).toBeInstanceOf(SourceError);
        expect((failure as Error).message, text).toMatch(/^thu-nghiem\.(txt|yaml)(:\d+)?: /);
      }
    }
    // Most of them are documents: the test is not only exercising refusals.
    expect(imported).toBeGreaterThan(75);
  });
});
