/**
 * The registry of cited documents (`content/cited/*.yaml`) and how a citation phrase finds its
 * entry. Central documents are keyed by number, symbol and year; a Tỉnh ủy document (/TU) also by
 * its province, because every province numbers its own. A citing text that names no province
 * keeps its /TU citations to itself: they are keyed by that text, never by a guessed province.
 */
import type { CitedDocumentData } from '../../schemas/cited-document.ts';
import { fold } from '../text/fold.ts';
import type { CitationPhrase } from './recognize.ts';

export interface CitedDocument extends CitedDocumentData {
  id: string;
  /** The file it was read from, for error messages: `content/cited/<id>.yaml`. */
  file: string;
}

/** The document a citation is read in. */
export interface CitingDocument {
  slug: string;
  /** null when the text does not name its province. */
  province: string | null;
}

export type Resolution = { id: string } | { error: string };

/** Where a /TU number is unique: a named province, or the unnamed province of one citing text. */
function provinceScope(province: string | null, slug: string): string {
  return province ? `tỉnh ${fold(province)}` : `tỉnh của văn bản ${slug}`;
}

function scopeOf(doc: CitedDocumentData): string | null {
  if (doc.level === 'trung-uong') return null;
  return provinceScope(doc.province, doc.sameProvinceAs ?? '');
}

/** The level a symbol's issuer code says: "…/TW" central, "…/TU" a Tỉnh ủy. */
function scopeForCode(code: string, phrase: CitationPhrase, citing: CitingDocument): string | null | undefined {
  if (code.endsWith('TW')) return null;
  if (code === 'TU') return provinceScope(phrase.province ?? citing.province, citing.slug);
  return undefined;
}

const numberKey = (doc: Pick<CitedDocumentData, 'number' | 'symbol'>) => `${Number(doc.number)}-${fold(doc.symbol ?? '')}`;

export class Registry {
  readonly documents: readonly CitedDocument[];
  private readonly byId: Map<string, CitedDocument>;
  private readonly names = new Map<string, string[]>();

  /** Fails on two entries for one document: the same số hiệu and year, or the same name, in one scope. */
  constructor(documents: CitedDocument[]) {
    this.documents = [...documents].sort((a, b) => a.id.localeCompare(b.id));
    this.byId = new Map(this.documents.map((d) => [d.id, d]));
    const seen = new Map<string, CitedDocument>();
    const claim = (key: string, doc: CitedDocument, what: string) => {
      const other = seen.get(key);
      if (other) throw new Error(`${doc.file}: ${what} trùng với ${other.file}`);
      seen.set(key, doc);
    };
    for (const doc of this.documents) {
      const scope = scopeOf(doc) ?? 'trung ương';
      if (doc.number !== null) claim(`${numberKey(doc)}|${scope}|${doc.date?.year ?? ''}`, doc, `số hiệu ${doc.number}-${doc.symbol}`);
      for (const name of doc.names) claim(`${fold(name)}|${scope}`, doc, `tên "${name}"`);
    }
  }

  get(id: string): CitedDocument | undefined {
    return this.byId.get(id);
  }

  /** Names of texts cited without a number that a citing document may use: the central ones and its province's. */
  namesFor(citing: CitingDocument): string[] {
    const scope = provinceScope(citing.province, citing.slug);
    let names = this.names.get(scope);
    if (!names) {
      names = this.documents.filter((d) => [null, scope].includes(scopeOf(d))).flatMap((d) => d.names);
      this.names.set(scope, names);
    }
    return names;
  }

  /** The registry entry a phrase cites, or why there is none. */
  resolve(phrase: CitationPhrase, citing: CitingDocument): Resolution {
    if (phrase.name !== null) {
      const scope = provinceScope(citing.province, citing.slug);
      const found = this.documents.find((d) => [null, scope].includes(scopeOf(d)) && d.names.some((n) => fold(n) === fold(phrase.name!)));
      return found ? { id: found.id } : { error: `tên "${phrase.name}" không có trong sổ văn bản được dẫn chiếu` };
    }
    const code = phrase.symbol!.split('/')[1]!;
    const scope = scopeForCode(code, phrase, citing);
    if (scope === undefined) return { error: `không biết ký hiệu cơ quan "${code}" thuộc cấp nào (chỉ biết …/TW và …/TU)` };
    const key = numberKey(phrase);
    let candidates = this.documents.filter((d) => d.number !== null && numberKey(d) === key && scopeOf(d) === scope);
    if (candidates.length > 1 && phrase.date) candidates = candidates.filter((d) => d.date?.year === phrase.date!.year);
    if (candidates.length === 1) return { id: candidates[0]!.id };
    if (candidates.length > 1) {
      return { error: `có ${candidates.length} văn bản số ${phrase.number}-${phrase.symbol} (${candidates.map((c) => c.id).join(', ')}); câu dẫn chiếu không ghi năm để phân biệt` };
    }
    const where =
      scope === null ? '' : citing.province || phrase.province ? ` của ${scope}` : ` (văn bản dẫn chiếu không ghi tỉnh: ghi "sameProvinceAs: ${citing.slug}")`;
    return { error: `văn bản số ${phrase.number}-${phrase.symbol}${where} chưa có trong sổ văn bản được dẫn chiếu` };
  }
}
