/**
 * Where the citing texts disagree about one cited document: its date, its issuing body, the
 * term of that body, or its type. Read from the phrases themselves ("Kết luận số 21-KL/TW của
 * Ban Chấp hành Trung ương Đảng khóa XII" against "… khóa XIII"). A phrase that leaves a field
 * out does not disagree; two spellings of one body ("Ủy Ban"/"Ủy ban", "… Trung ương Đảng")
 * do not either.
 */
import { formatPartialDate } from '../model/dates.ts';
import { fold } from '../text/fold.ts';
import type { Occurrence } from './occurrences.ts';
import { findCitations, type CitationPhrase } from './recognize.ts';

export const COMPARED_FIELDS = {
  date: 'Ngày ban hành',
  issuer: 'Cơ quan ban hành',
  term: 'Khóa',
  type: 'Loại văn bản',
} as const;

export type ComparedField = keyof typeof COMPARED_FIELDS;

export interface Variant {
  /** As the first text to write it wrote it. */
  value: string;
  occurrences: Occurrence[];
}

export interface Disagreement {
  field: ComparedField;
  label: string;
  variants: Variant[];
}

/** What a citation phrase says about its document; a name alone says nothing. */
export function detailsOf(o: Pick<Occurrence, 'text'>): CitationPhrase | undefined {
  return findCitations(o.text).find((p) => p.start === 0);
}

/** A field's value as written, and the key under which equal values meet. */
function valueOf(phrase: CitationPhrase | undefined, field: ComparedField): { value: string; key: string } | null {
  const raw = phrase?.[field];
  if (!raw) return null;
  if (field === 'date') {
    const value = formatPartialDate(phrase!.date)!;
    return { value, key: value };
  }
  const value = field === 'term' ? `khóa ${raw}` : (raw as string);
  return { value, key: fold(value).replace(/\s+đảng$/u, '') };
}

/** The value each citing text gives for `field`, grouped: one group means agreement. */
export function variantsOf(occurrences: Occurrence[], field: ComparedField): Variant[] {
  const byKey = new Map<string, Variant>();
  for (const o of occurrences) {
    const v = valueOf(detailsOf(o), field);
    if (!v) continue;
    const variant = byKey.get(v.key) ?? { value: v.value, occurrences: [] };
    variant.occurrences.push(o);
    byKey.set(v.key, variant);
  }
  return [...byKey.values()];
}

/** Every field on which the citing phrases of one document give more than one value. */
export function disagreementsOf(occurrences: Occurrence[]): Disagreement[] {
  return (Object.keys(COMPARED_FIELDS) as ComparedField[])
    .map((field) => ({ field, label: COMPARED_FIELDS[field], variants: variantsOf(occurrences, field) }))
    .filter((d) => d.variants.length > 1);
}
