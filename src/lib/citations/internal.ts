/**
 * References inside a document to its own units: "quy định tại Điều 1 Quy chế này", "Điều 4 của
 * Quy chế này", "khoản 2 Điều 3 Quy định này". Only a reference that ends in "… này" is one:
 * a bare "Điều 4" may be another document's.
 */
import { formatSegment, numToken } from '../model/eid.ts';
import { DOCUMENT_TYPES } from './recognize.ts';

export interface UnitReference {
  start: number;
  end: number;
  text: string;
  /** The eId it points at: `dieu-1`, `dieu-3__khoan-2`, `dieu-3__khoan-2__diem-a`. */
  eId: string;
}

const TYPES = DOCUMENT_TYPES.join('|');
const REFERENCE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:[đĐ]iểm\\s+([a-zđ]|\\d{1,3})\\s+)?(?:[kK]hoản\\s+(\\d{1,3})\\s+)?Điều\\s+(\\d{1,3}[a-zđ]?)\\s+(?:của\\s+)?(?:${TYPES})(?:\\s+làm việc)?\\s+này(?![\\p{L}\\p{N}])`,
  'gu',
);

/** Every reference in `text` to a unit of the same document, in order. */
export function findUnitReferences(text: string): UnitReference[] {
  return [...text.matchAll(REFERENCE)].map((m) => {
    const [, point, clause, article] = m;
    const segments = [formatSegment({ kind: 'article', token: numToken(article!) })];
    if (clause) segments.push(formatSegment({ kind: 'clause', token: numToken(clause) }));
    if (point) segments.push(formatSegment({ kind: 'point', token: numToken(point) }));
    return { start: m.index, end: m.index + m[0].length, text: m[0], eId: segments.join('__') };
  });
}
