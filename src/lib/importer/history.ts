/**
 * Lịch sử nhập: the list of source hashes a metadata file keeps under `imports`, so a reader
 * (and the feed) can see that a text changed and when. A new entry is appended as text, at the
 * end of the file where `imports` lives, so the rest of the hand-written file is left byte for byte.
 */
import { parse } from 'yaml';
import type { ImportRecord } from '../../schemas/document-meta.ts';
import { SourceError } from './source-error.ts';

const HEADER = '# Lịch sử nhập: "npm run import" thêm một dòng mỗi khi nội dung tệp nguồn thay đổi. Đừng sửa tay.\nimports:\n';

/** "2026-11-23T07:29:09Z": UTC to the second, as the schema wants it. */
export function importTime(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/**
 * The metadata file's text with an import of `sha256` at `at` recorded, or undefined when its
 * last recorded import already has these bytes. `file` names the file in errors.
 */
export function recordImport(text: string, file: string, sha256: string, at: Date): string | undefined {
  const before = (parse(text) as { imports?: ImportRecord[] } | null)?.imports ?? [];
  if (before.at(-1)?.sha256 === sha256) return undefined;
  const entry = `  - sha256: ${sha256}\n    at: "${importTime(at)}"\n`;
  const body = text.endsWith('\n') ? text : `${text}\n`;
  const updated = before.length ? `${body}${entry}` : `${body}${HEADER}${entry}`;
  const after = (parse(updated) as { imports?: ImportRecord[] }).imports ?? [];
  if (after.length !== before.length + 1 || after.at(-1)?.sha256 !== sha256) {
    throw new SourceError(file, undefined, 'trường "imports" (lịch sử nhập) phải đứng cuối tệp để trình nhập ghi thêm được');
  }
  return updated;
}
