/** How the site names a cited document: its full designation, its usual short names, its place. */
import type { CitedDocument } from './registry.ts';

/** "Quy định số 101-QĐ/TW", or the first registered name of a text cited by name ("Điều lệ Đảng"). */
export function citedName(doc: CitedDocument): string {
  return doc.number !== null ? `${doc.type} số ${doc.number}-${doc.symbol}` : doc.names[0]!;
}

/** The name cut at a word to at most `max` characters, for a page title: "Quy chế làm việc của Ban Chấp hành…". */
export function citedTitle(doc: CitedDocument, max = 50): string {
  const name = citedName(doc);
  if (name.length <= max) return name;
  const cut = name.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:]$/, '')}…`;
}

/** What trainers call it: "Quy định 101", "QĐ 101", "101-QĐ/TW", and the other names the texts use. */
export function shortNames(doc: CitedDocument): string[] {
  const names = doc.number !== null ? [`${doc.type} ${doc.number}`, `${doc.symbol!.split('/')[0]} ${doc.number}`, `${doc.number}-${doc.symbol}`] : [];
  return [...names, ...doc.names.filter((n) => n !== citedName(doc))];
}

/**
 * Where a Tỉnh ủy document belongs: its province, or, for one cited by a text that names no
 * province, that fact said plainly. `shortTitleOf` names the citing text.
 */
export function provinceOf(doc: CitedDocument, shortTitleOf: (slug: string) => string): string | null {
  if (doc.level === 'trung-uong') return null;
  if (doc.province) return doc.province;
  return `không ghi tỉnh (cùng tỉnh với ${shortTitleOf(doc.sameProvinceAs!)}, văn bản này không ghi tên tỉnh)`;
}
