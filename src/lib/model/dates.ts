import type { PartialDate } from '../../schemas/document-meta.ts';

/** "…/02/2026": blank parts as an ellipsis, day and month two digits as official texts write them. */
export function formatPartialDate(date: PartialDate | null): string | null {
  if (!date || (date.day === null && date.month === null && date.year === null)) return null;
  const two = (n: number | null) => (n === null ? '…' : String(n).padStart(2, '0'));
  return `${two(date.day)}/${two(date.month)}/${date.year ?? '…'}`;
}

/** Comparable number for sorting; blank parts count as the earliest value. */
export function dateKey(date: PartialDate | null): number {
  if (!date) return 0;
  return (date.year ?? 0) * 10000 + (date.month ?? 0) * 100 + (date.day ?? 0);
}

/** The latest full date ("25/10/2021") written anywhere in the text. */
export function latestDateIn(text: string): PartialDate | null {
  let best: PartialDate | null = null;
  for (const m of text.matchAll(/(?<!\d)(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})(?!\d)/g)) {
    const date = { day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) };
    if (date.day < 1 || date.day > 31 || date.month < 1 || date.month > 12) continue;
    if (!best || dateKey(date) > dateKey(best)) best = date;
  }
  return best;
}

/** How a citation writes a date: as the texts do ("ngày 07/6/2012"), or in full ("ngày 07 tháng 6 năm 2012"). */
export type DateStyle = 'written' | 'formal';

/**
 * A date as Nghị định 30/2020/NĐ-CP writes it in a text: a day below 10 and the months 1 and 2
 * take a leading zero ("07", "02"), other months do not ("6"). A blank part stays "…".
 */
export function citationDate(date: PartialDate | null, style: DateStyle): string {
  const day = date?.day == null ? '…' : String(date.day).padStart(2, '0');
  const month = date?.month == null ? '…' : date.month <= 2 ? String(date.month).padStart(2, '0') : String(date.month);
  const year = date?.year == null ? '…' : String(date.year);
  if (style === 'formal') return `ngày ${day} tháng ${month} năm ${year}`;
  return !date || (date.day === null && date.month === null && date.year === null) ? 'ngày …' : `ngày ${day}/${month}/${year}`;
}
