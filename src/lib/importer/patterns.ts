/**
 * What a line of a Vietnamese Party document says about structure, read from its text
 * ("Chương II", "Điều 5.", "I-", "4.1.", "(1)-", "-"), never from Markdown markup.
 */
import { TYPE_NAMES } from '../model/document-types.ts';

export type LineType =
  | 'chapter'
  | 'section'
  | 'article'
  | 'numbered'
  | 'point'
  | 'indent'
  | 'recipients'
  | 'signature'
  | 'text';

export interface LineMatch {
  type: LineType;
  /** Number as written, without brackets or trailing punctuation: "4.1", "III", "1". */
  num?: string;
  /** The numbering exactly as written: "4.1.", "I-", "(1)-", "Điều 5.", "Chương II". */
  marker?: string;
  /** Where the text after the marker starts. */
  restStart: number;
  rest: string;
}

const ROMAN = /^(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

const PATTERNS: Array<[LineType, RegExp]> = [
  ['chapter', /^(Chương\s+([IVXLC]+|\d{1,3}))(?=$|[\s.:–-])[\s.:–-]*/u],
  ['article', /^(Điều\s+(\d{1,3}[a-zđ]?)\s*[.:])\s*/u],
  ['section', /^(([IVXLC]+)\s*[-–.])\s*(?=\S)/u],
  ['numbered', /^((\d{1,3}(?:\.\d{1,3})*)\s*[.)])(?=\s|$)\s*/u],
  ['point', /^(\((\d{1,3}|[a-zđ])\)\s*[-–.:]?)\s*/u],
  ['point', /^(([a-zđ])\))\s+/u],
  ['indent', /^([-–—+•])\s+/u],
];

export function matchLine(plain: string): LineMatch {
  const text = plain.trim();
  if (/^Nơi nhận\s*:?\s*$/u.test(text)) return { type: 'recipients', restStart: 0, rest: text };
  if (/^(?:T\/M|TM\.|KT\.?|TL\.?|TUQ\.?|Q\.)\s+\p{Lu}/u.test(text)) return { type: 'signature', restStart: 0, rest: text };
  for (const [type, re] of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const num = m[2];
    if (type === 'section' && !(num && ROMAN.test(num))) continue;
    return { type, num, marker: m[1]!.trim(), restStart: m[0].length, rest: text.slice(m[0].length) };
  }
  return { type: 'text', restStart: 0, rest: text };
}

/** "Quy định này …", "Chỉ thị này …": the closing sentences about the document itself. */
export const EFFECT_STATEMENT = new RegExp(`^(?:${TYPE_NAMES.join('|')})\\s+này(?=[\\s,.;:]|$)`, 'u');

/** A basis line of the preamble: "Căn cứ Điều lệ Đảng …". */
export const BASIS = /^Căn cứ(?=\s|$)/u;

/** "Điện Biên, ngày … tháng … năm …": where a form's signature area begins. */
export const PLACE_DATE = /^[^\n,]{0,60},\s*ngày\s.*\stháng\s.*\snăm(?=\s|$)/u;

/** A person's name on a signature: two to six capitalised words. */
export const PERSON_NAME = /^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,5}$/u;

/** The national motto line that heads every Party document. */
export const PARTY_MOTTO = /^ĐẢNG CỘNG SẢN VIỆT NAM$/u;

/** Ends a sentence or a clause heading: nothing after it should be glued on. */
export function isFinished(text: string): boolean {
  return /[.;:!?…”"'»)]$/u.test(text.trim());
}

/** Ends a sentence; a semicolon or comma does not. */
export function endsSentence(text: string): boolean {
  return /[.:!?…]["”'»)]*$/u.test(text.trim());
}

export function startsLowercase(text: string): boolean {
  return /^[(“"'«]?[\p{Ll}\p{N}]/u.test(text.trim());
}

/** The text ends inside a proper name ("… của Bộ", "… Ban Chấp hành"), as a page break can leave it. */
export function endsInsideName(text: string): boolean {
  const words = text.trim().split(/\s+/).slice(-2);
  return words.some((w) => /^\p{Lu}/u.test(w));
}

export function isAllUppercase(text: string): boolean {
  return /\p{L}/u.test(text) && !/\p{Ll}/u.test(text);
}
