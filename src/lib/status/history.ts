/** The import history as a reader sees it: when the library took in each version of a text. */
import type { ImportRecord } from '../../schemas/document-meta.ts';

/** Dates on the site are Vietnam's: an import at 20:00 UTC is the next day there. */
const DAY = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' });

/** "23/11/2026" for an import time. */
export function importDate(at: string): string {
  return DAY.format(new Date(at));
}

export interface HistoryRow {
  at: string;
  date: string;
  what: string;
  /** First 12 hex digits of the source's sha256: enough to tell versions apart on a phone. */
  hash: string;
}

/** Newest first. */
export function importHistory(imports: ImportRecord[]): HistoryRow[] {
  return imports
    .map((r, i) => ({ at: r.at, date: importDate(r.at), what: i === 0 ? 'nhập vào thư viện' : 'văn bản nguồn thay đổi, nhập lại', hash: r.sha256.slice(0, 12) }))
    .reverse();
}
