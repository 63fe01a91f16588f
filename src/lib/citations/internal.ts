/**
 * References inside a document to its own units: "quy định tại Điều 1 Quy chế này", "Điều 4 của
 * Quy chế này", "khoản 2 Điều 3 Quy định này". Only a reference that ends in "… này" is one:
 * a bare "Điều 4" may be another document's.
 */
import type { UnitKind } from '../model/eid.ts';
import { TYPE_NAMES } from '../model/document-types.ts';

export interface UnitReference {
  start: number;
  end: number;
  text: string;
  /** What it points at, outermost first, by the numbers it writes: Điều 3, khoản 2, điểm a. */
  levels: Array<{ kind: UnitKind; num: string }>;
}

const TYPES = TYPE_NAMES.join('|');
const REFERENCE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:[đĐ]iểm\\s+([a-zđ]|\\d{1,3})\\s+)?(?:[kK]hoản\\s+(\\d{1,3})\\s+)?Điều\\s+(\\d{1,3}[a-zđ]?)\\s+(?:của\\s+)?(?:${TYPES})\\s+này(?![\\p{L}\\p{N}])`,
  'gu',
);

/** Every reference in `text` to a unit of the same document, in order. */
export function findUnitReferences(text: string): UnitReference[] {
  return [...text.matchAll(REFERENCE)].map((m) => {
    const [, point, clause, article] = m;
    const levels: UnitReference['levels'] = [{ kind: 'article', num: article! }];
    if (clause) levels.push({ kind: 'clause', num: clause });
    if (point) levels.push({ kind: 'point', num: point });
    return { start: m.index, end: m.index + m[0].length, text: m[0], levels };
  });
}
