/**
 * The one vocabulary of document types: what a Loại văn bản is called, the symbols its số hiệu
 * uses ("QĐ" in 101-QĐ/TW), and the longer names a title may give it ("Quy chế làm việc").
 * The importer (closing statements "Quy định này …"), the citation recognizer ("Quy định số …",
 * "Điều 4 của Quy chế này") and the metadata schemas all read it from here.
 */

export interface DocumentType {
  /** As a citation writes it, in sentence case: "Quy định". */
  name: string;
  /**
   * Symbols of its số hiệu before the issuer's code, as Party texts write them (Hướng dẫn
   * 36-HD/VPTW): "QĐi" is the Central Committee's Quy định (08-QĐi/TW), "QĐ" the others'.
   */
  symbols: readonly string[];
  /** Longer names that are still this type: "Quy chế làm việc". */
  longNames?: readonly string[];
  /** A State document (Luật, Nghị định) that Party texts cite, rather than a Party one. */
  state?: true;
}

export const DOCUMENT_TYPES: readonly DocumentType[] = [
  { name: 'Cương lĩnh', symbols: [] },
  { name: 'Điều lệ', symbols: [] },
  { name: 'Nghị quyết', symbols: ['NQ'] },
  { name: 'Quyết định', symbols: ['QĐ'] },
  { name: 'Chỉ thị', symbols: ['CT'] },
  { name: 'Kết luận', symbols: ['KL'] },
  { name: 'Quy chế', symbols: ['QC'], longNames: ['Quy chế làm việc'] },
  { name: 'Quy định', symbols: ['QĐ', 'QĐi'] },
  { name: 'Hướng dẫn', symbols: ['HD'] },
  { name: 'Thông tri', symbols: ['TT'] },
  { name: 'Thông báo', symbols: ['TB'] },
  { name: 'Kế hoạch', symbols: ['KH'] },
  { name: 'Chương trình', symbols: ['CTr'] },
  { name: 'Đề án', symbols: ['ĐA'] },
  { name: 'Báo cáo', symbols: ['BC'] },
  { name: 'Tờ trình', symbols: ['TTr'] },
  { name: 'Công văn', symbols: ['CV'] },
  // State documents number themselves another way (30/2020/NĐ-CP); the recognizer does not read those.
  { name: 'Luật', symbols: [], state: true },
  { name: 'Nghị định', symbols: [], state: true },
  { name: 'Thông tư', symbols: [], state: true },
];

/** Every name a text may give a type, longest first so "Quy chế làm việc" is read whole. */
export const TYPE_NAMES: readonly string[] = DOCUMENT_TYPES.flatMap((t) => [t.name, ...(t.longNames ?? [])]).sort((a, b) => b.length - a.length);

/** The type a name stands for ("Quy chế làm việc" → Quy chế), or undefined. */
export function documentType(name: string): DocumentType | undefined {
  return DOCUMENT_TYPES.find((t) => t.name === name || t.longNames?.includes(name));
}

/** Whether a số hiệu's symbol ("QĐi" of "QĐi/TW") is one that type uses. */
export function symbolFits(type: DocumentType, symbol: string): boolean {
  return type.symbols.includes(symbol.split('/')[0]!);
}
