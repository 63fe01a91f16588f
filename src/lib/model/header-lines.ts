/**
 * Where a line of a document's header stands in the official layout (two columns: the issuing
 * body on the left, the national motto on the right; then the number on the left, the place and
 * date on the right). The importer keeps the header's lines in the text's order without saying
 * which is which; these are recognised by their words, every other line is the issuer's column.
 */
export type HeaderRole = 'motto' | 'number' | 'date';

export function headerLineRole(text: string): HeaderRole | undefined {
  const t = text.replace(/\s+/g, ' ').trim();
  if (/^ĐẢNG CỘNG SẢN VIỆT NAM$/u.test(t)) return 'motto';
  // "Số       -QĐ/TU": a number (maybe left blank) and the issuer's symbol.
  if (/^Số[\s:]/u.test(t) && t.includes('/')) return 'number';
  // "Điện Biên, ngày     tháng 02 năm 2026": a place, then the date.
  if (/^[^,]+, ngày\b.*\bnăm\b/u.test(t)) return 'date';
  return undefined;
}
