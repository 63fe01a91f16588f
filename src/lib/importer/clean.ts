import { SourceError } from './source-error.ts';

/**
 * Decodes a source file into the text the parser reads: UTF-8, NFC, LF line ends, no BOM,
 * no-break spaces as spaces. Idempotent. Rejects what is not text rather than guess.
 */
export function cleanSource(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw new SourceError(file, undefined, 'tệp rỗng, không có văn bản để nhập');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (cause) {
    throw new SourceError(file, lineAtByte(bytes, firstInvalidUtf8(bytes)), 'không phải văn bản UTF-8 (tệp nhị phân?)', { cause });
  }
  const control = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/.exec(text);
  if (control) {
    const line = text.slice(0, control.index).split('\n').length;
    const code = control[0].charCodeAt(0).toString(16).padStart(4, '0');
    throw new SourceError(file, line, `có ký tự điều khiển U+${code}: không phải văn bản thuần (tệp nhị phân?)`);
  }
  text = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u202F]/g, ' ')
    .normalize('NFC');
  if (!text.trim()) throw new SourceError(file, undefined, 'tệp chỉ có khoảng trắng, không có văn bản để nhập');
  return text;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  // Binary search for the shortest prefix that fails to decode.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid + 1), { stream: true });
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  return lo;
}

function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
