import { readFileSync } from 'node:fs';
import { SOURCES } from './paths.ts';

/**
 * The marked runs (`*…*`, `**…**`, `***…***`) of a Markdown-like source, counted from the raw
 * text without the importer: between the title block's rule and "Nơi nhận", on every line that
 * is not a heading (a Chương or Điều line, or a line in capitals such as a chapter title).
 */
export function markedRunsInSource(source: string): number {
  const lines = readFileSync(`${SOURCES}${source}`, 'utf8').split('\n');
  const start = lines.findIndex((l) => /^-{3,}\s*$/.test(l)) + 1;
  const end = lines.findIndex((l) => /^\**Nơi nhận/.test(l));
  if (start <= 0 || end <= start) throw new Error(`${source}: không tìm thấy phần thân văn bản`);
  let count = 0;
  for (const line of lines.slice(start, end)) {
    const plain = line.replace(/^#+\s*/, '').replace(/\*/g, '').trim();
    if (/^(Chương [IVXLC]+|Điều \d+\.)/.test(plain) || (plain && !/\p{Ll}/u.test(plain))) continue;
    count += (line.match(/\*\*\*[^*]+\*\*\*|\*\*[^*]+\*\*|\*[^*]+\*/g) ?? []).length;
  }
  return count;
}
