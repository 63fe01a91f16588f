/**
 * What a cadre types when they know where they are going: a unit by its numbers ("khoản 2
 * điều 3", "k7 đ2", "điểm 2 mục IV hướng dẫn", "4.5 chỉ thị", "chương II quy chế") or a
 * document by its number ("08-QĐi/TW", "QĐ 08", "kết luận 226", "CT 05", "4871"). The query
 * is read folded (no diacritics, đ as d, tone placement irrelevant), so every spelling of the
 * same reference reads the same. What is left over are words: a document's name, or text to
 * search for. Resolving the numbers against the documents is `reference-index.ts`'s job.
 */
import { DOCUMENT_TYPES, TYPE_NAMES } from '../model/document-types.ts';
import type { UnitKind } from '../model/eid.ts';
import { canonicalTones, fold } from './vietnamese.ts';

/** One level of a reference, as the text numbers it: `{ kind: 'clause', num: '7' }`. */
export interface Level {
  kind: UnitKind;
  num: string;
}

/** A document number as typed: "08-QĐi/TW" → `{ number: '8', symbol: 'qdi', issuer: 'tw' }`. */
export interface DocumentNumber {
  /** Digits without leading zeros. */
  number: string;
  /** The folded symbol typed ("qd", "qdi", "ct"), if any. */
  symbol?: string;
  /** The folded issuer code after the slash ("tw", "tu"), if any. */
  issuer?: string;
  /** The document type named in words ("kết luận 226"), if any. */
  type?: string;
}

export interface ParsedQuery {
  /**
   * The unit referred to, as alternative readings, each outermost level first ("4.5" is a
   * tiết 4.5, or khoản 5 of Điều 4). Empty when the query names no unit.
   */
  units: Level[][];
  numbers: DocumentNumber[];
  /** The folded words left over, in order: a document's name, or words of its text. */
  words: string[];
}

/** Level words, folded, and the kind each names. Abbreviations are read only right before a number. */
const LEVEL_WORDS: ReadonlyArray<[RegExp, UnitKind]> = [
  [/^(chuong|ch)$/, 'chapter'],
  [/^muc$/, 'section'],
  // "đ" is điều in legal shorthand (Đ.2); điểm is always written out.
  [/^(dieu|d)$/, 'article'],
  [/^(khoan|k)$/, 'clause'],
  [/^diem$/, 'point'],
  [/^tiet$/, 'subpoint'],
];

/** The order levels nest in, outermost first. */
const DEPTH: Partial<Record<UnitKind, number>> = { chapter: 0, section: 1, article: 2, clause: 3, point: 4, subpoint: 5 };

const ROMAN = /^(?:x{0,3})(?:ix|iv|v?i{0,3})$/;

function isRoman(token: string): boolean {
  return token.length > 0 && ROMAN.test(token);
}

const FOLDED_TYPES = TYPE_NAMES.map((name) => ({ name, words: fold(name).split(' ') }));
const SYMBOLS = [...new Set(DOCUMENT_TYPES.flatMap((t) => t.symbols.map((s) => fold(s))))];

/** "08" → "8": numbers compare as numbers. */
export function plainNumber(digits: string): string {
  return digits.replace(/^0+(?=\d)/, '');
}

/** Query tokens, folded: words, numbers with their dots ("4.5", "iii.2"), a số hiệu's pieces kept together ("08-qdi/tw"). */
function tokens(query: string): string[] {
  return fold(canonicalTones(query))
    .replace(/[“”"'(),;:!?]+/g, ' ')
    .split(/\s+/)
    .map((t) => t.replace(/^[.\-/]+|[.\-/]+$/g, ''))
    .filter(Boolean);
}

/** A number a level can have: digits, a Roman numeral, digits with dots, or a point's letter. */
function levelNumber(kind: UnitKind, token: string | undefined): string | undefined {
  if (!token) return undefined;
  if (/^\d+(\.\d+)*$/.test(token)) return token;
  if ((kind === 'chapter' || kind === 'section') && isRoman(token)) return token.toUpperCase();
  if (kind === 'point' && /^[a-z]$/.test(token)) return token;
  return undefined;
}

function levelKind(word: string): UnitKind | undefined {
  return LEVEL_WORDS.find(([re]) => re.test(word))?.[1];
}

/** "k7", "d2", "dieu4", "k.7": a level word and its number written as one token (digits only: "chi" is no Chương I). */
function joinedLevel(token: string): Level | undefined {
  const m = /^([a-z]+)\.?(\d+(?:\.\d+)*)$/.exec(token);
  if (!m) return undefined;
  const kind = levelKind(m[1]!);
  const num = kind && levelNumber(kind, m[2]);
  return kind && num ? { kind, num } : undefined;
}

/** "08-qdi/tw", "226-kl", "4871-qd/tu". */
function numberWithSymbol(token: string): DocumentNumber | undefined {
  const m = /^(\d+)-([a-z]+)(?:\/([a-z]+))?$/.exec(token);
  if (!m || !SYMBOLS.includes(m[2]!)) return undefined;
  return { number: plainNumber(m[1]!), symbol: m[2]!, ...(m[3] ? { issuer: m[3] } : {}) };
}

/** Splits "4.5" into its readings: tiết 4.5; khoản 5 Điều 4; điểm 5 Mục IV-style "iv.2". */
function dottedReadings(token: string): Level[][] {
  const roman = /^([ivx]+)\.(\d+)$/.exec(token);
  if (roman && isRoman(roman[1]!)) return [[{ kind: 'section', num: roman[1]!.toUpperCase() }, { kind: 'point', num: roman[2]! }]];
  const m = /^(\d+)\.(\d+)$/.exec(token);
  if (!m) return [];
  return [[{ kind: 'subpoint', num: token }], [{ kind: 'article', num: m[1]! }, { kind: 'clause', num: m[2]! }]];
}

/** Reads a query: the unit it names, the document numbers it gives, and the words left. */
export function parseQuery(query: string): ParsedQuery {
  const list = tokens(query);
  const levels: Level[] = [];
  let dotted: Level[][] = [];
  const numbers: DocumentNumber[] = [];
  const words: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const token = list[i]!;
    const next = list[i + 1];
    const kind = levelKind(token);
    const num = kind && levelNumber(kind, next === 'so' ? list[i + 2] : next);
    if (kind && num && !levels.some((l) => l.kind === kind)) {
      levels.push({ kind, num });
      i += next === 'so' ? 2 : 1;
      continue;
    }
    const joined = joinedLevel(token);
    if (joined && !levels.some((l) => l.kind === joined.kind)) {
      levels.push(joined);
      continue;
    }
    const withSymbol = numberWithSymbol(token);
    if (withSymbol) {
      numbers.push(withSymbol);
      continue;
    }
    // "QĐ 08", "CT số 05", "qd08".
    const symbolFirst = /^([a-z]+)(\d+)$/.exec(token);
    if (symbolFirst && SYMBOLS.includes(symbolFirst[1]!)) {
      numbers.push({ number: plainNumber(symbolFirst[2]!), symbol: symbolFirst[1]! });
      continue;
    }
    const after = next === 'so' ? list[i + 2] : next;
    if (SYMBOLS.includes(token) && after && /^\d+$/.test(after)) {
      numbers.push({ number: plainNumber(after), symbol: token });
      i += next === 'so' ? 2 : 1;
      continue;
    }
    // "kết luận 226", "chỉ thị số 05": a type's name, then its number.
    const type = FOLDED_TYPES.find((t) => t.words.every((w, k) => list[i + k] === w));
    if (type) {
      const at = i + type.words.length;
      const digits = list[at] === 'so' ? list[at + 1] : list[at];
      const symbol = digits && numberWithSymbol(digits);
      if (digits && (/^\d+$/.test(digits) || symbol)) {
        numbers.push(symbol ? { ...symbol, type: type.name } : { number: plainNumber(digits), type: type.name });
        i = at + (list[at] === 'so' ? 1 : 0);
        continue;
      }
    }
    if (/^\d+(\.\d+)+$|^[ivx]+\.\d+$/.test(token) && !dotted.length) {
      dotted = dottedReadings(token);
      if (dotted.length) continue;
    }
    // A bare number of two digits or more is a document's ("4871"); one digit is too often something else.
    if (/^\d{2,}$/.test(token)) {
      numbers.push({ number: plainNumber(token) });
      continue;
    }
    words.push(token);
  }
  return { units: unitReadings(levels, dotted), numbers, words };
}

function unitReadings(levels: Level[], dotted: Level[][]): Level[][] {
  // Outermost first, as findByNumbers reads them: "chương II điều 4" is Điều 4 inside Chương II.
  const own = [...levels].sort((a, b) => DEPTH[a.kind]! - DEPTH[b.kind]!);
  if (!dotted.length) return own.length ? [own] : [];
  // "4.5" with a level before it ("điểm 4.5") is already read; alone, each of its readings, with anything around it.
  return dotted.map((reading) => [...own.filter((l) => !reading.some((r) => r.kind === l.kind)), ...reading].sort((a, b) => DEPTH[a.kind]! - DEPTH[b.kind]!));
}
