/**
 * Finds mentions of other documents in a text: "Quy định số 101-QĐ/TW, ngày 07/6/2012 của Ban
 * Bí thư", "Quy định số 08 QĐi/TW", "Kết luận số 21-KL/TW … khóa XIII", and texts cited by a
 * registered name ("Điều lệ Đảng", "Nghị quyết Trung ương 4 khóa XII"). Pure: text in, phrases
 * out, with what each phrase says about the cited document, as written.
 */
import type { PartialDate } from '../../schemas/document-meta.ts';
import { TYPE_NAMES } from '../model/document-types.ts';
import { fold } from '../text/fold.ts';

export interface CitationPhrase {
  /** The phrase is text[start, end): the link covers all of it. */
  start: number;
  end: number;
  text: string;
  /** Number of the số hiệu as written ("08"); null for a text cited by name. */
  number: string | null;
  /** Symbol of the số hiệu: "QĐi/TW", "CT/TU". */
  symbol: string | null;
  /** Loại văn bản written before the number ("Quy định"), as written. */
  type: string | null;
  date: PartialDate | null;
  /** Issuing body as written, without province or term: "Ban Chấp hành Trung ương Đảng". */
  issuer: string | null;
  /** Province written after a provincial body: "Lào Cai" in "Tỉnh ủy Lào Cai". */
  province: string | null;
  /** Term of the issuing body: "XIII" in "khóa XIII". */
  term: string | null;
  /** For a text cited by name: the registered name it matched. */
  name: string | null;
}


/** Bodies that issue the documents these texts cite; a "của …" naming anything else is not part of the phrase. */
const ISSUING_BODIES = [
  'Ban Chấp hành Trung ương',
  'Bộ Chính trị',
  'Ban Bí thư',
  'Ủy ban Kiểm tra Trung ương',
  'Ban Tổ chức Trung ương',
  'Ban Tuyên giáo Trung ương',
  'Ban Tuyên giáo và Dân vận Trung ương',
  'Ban Dân vận Trung ương',
  'Ban Nội chính Trung ương',
  'Văn phòng Trung ương Đảng',
  'Ban Chấp hành Đảng bộ tỉnh',
  'Ban Thường vụ Tỉnh ủy',
  'Thường trực Tỉnh ủy',
  'Ủy ban Kiểm tra Tỉnh ủy',
  'Ban Tổ chức Tỉnh ủy',
  'Văn phòng Tỉnh ủy',
  'Tỉnh ủy',
  'Quốc hội',
  'Chính phủ',
  'Thủ tướng Chính phủ',
  'Hội đồng nhân dân tỉnh',
  'Ủy ban nhân dân tỉnh',
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Alternatives for a regex over folded text, longest first so "Tỉnh ủy" never cuts "Ban Thường vụ Tỉnh ủy" short. */
const alternatives = (words: string[]) =>
  words
    .map((w) => fold(w))
    .sort((a, b) => b.length - a.length)
    .map((w) => escape(w).replace(/ /g, '\\s+'))
    .join('|');

const NOT_WORD = '(?![\\p{L}\\p{N}])';

/** The số hiệu: digits, a hyphen or a space, letters, a slash, letters ("101-QĐ/TW", "08 QĐi/TW"). */
const SO_HIEU = /(?<![\p{L}\p{N}/-])(\d{1,5})(?:[ \t]*-[ \t]*|[ \t]+)([A-ZĐ]{1,6}i?)\/([A-ZĐ]{2,10})(?![\p{L}\p{N}])/gu;
/** What may precede it, read backwards on folded text: "Quy định số ", "số ", or nothing. */
const LEAD = new RegExp(`(?:^|[^\\p{L}\\p{N}])((?:(?:${alternatives([...TYPE_NAMES])})\\s+)?(?:số\\s+)?)$`, 'u');
const DATE = new RegExp(
  `,?\\s*ngày\\s+(\\d{1,2})(?:\\s*[/.-]\\s*|\\s+tháng\\s+)(\\d{1,2})(?:\\s*[/.-]\\s*|\\s+năm\\s+)(\\d{4})${NOT_WORD}`,
  'uy',
);
const ISSUER = new RegExp(`,?\\s+của\\s+(${alternatives(ISSUING_BODIES)})(\\s+đảng)?${NOT_WORD}`, 'uy');
/** A province after a provincial body, on the original text: capitalised words. */
const PROVINCE = /\s+(?:tỉnh\s+)?(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,2})(?![\p{L}\p{N}])/uy;
const TERM = new RegExp(`,?\\s+khóa\\s+([ivxlc]+)${NOT_WORD}(?:,?\\s*nhiệm kỳ\\s+\\d{4}\\s*-\\s*\\d{4}${NOT_WORD})?`, 'uy');

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

const blank = (start: number, end: number, text: string): CitationPhrase => ({
  start,
  end,
  text: text.slice(start, end),
  number: null,
  symbol: null,
  type: null,
  date: null,
  issuer: null,
  province: null,
  term: null,
  name: null,
});

/** A number-and-symbol citation around the số hiệu found at `m`. */
function numbered(text: string, folded: string, m: RegExpExecArray): CitationPhrase {
  const lead = LEAD.exec(folded.slice(Math.max(0, m.index - 40), m.index))![1]!;
  const start = m.index - lead.length;
  const typeMatch = /^(.*?)\s+(?:số\s+)?$/u.exec(lead);
  const phrase = blank(start, m.index + m[0].length, text);
  phrase.number = m[1]!;
  phrase.symbol = `${m[2]}/${m[3]}`;
  phrase.type = typeMatch && !/^số$/u.test(typeMatch[1]!) ? text.slice(start, start + typeMatch[1]!.length) : null;
  let end = phrase.end;
  for (let round = 0; round < 2; round++) {
    const date = !phrase.date ? sticky(DATE, folded, end) : null;
    if (date) {
      phrase.date = { day: Number(date[1]), month: Number(date[2]), year: Number(date[3]) };
      end += date[0].length;
      continue;
    }
    const issuer = !phrase.issuer ? sticky(ISSUER, folded, end) : null;
    if (!issuer) break;
    const bodyStart = end + issuer[0].length - issuer[1]!.length - (issuer[2]?.length ?? 0);
    end += issuer[0].length;
    phrase.issuer = text.slice(bodyStart, end);
    if (folded.slice(bodyStart, end).includes('tỉnh')) {
      const province = sticky(PROVINCE, text, end);
      if (province) {
        phrase.province = province[1]!;
        end += province[0].length;
      }
    }
    const term = sticky(TERM, folded, end);
    if (term) {
      phrase.term = term[1]!.toUpperCase();
      end += term[0].length;
    }
  }
  phrase.end = end;
  phrase.text = text.slice(start, end);
  return phrase;
}

const nameRegexes = new Map<string, RegExp>();

/** A registered name as a regex over folded text: whole words, any white space between them. */
function nameRegex(name: string): RegExp {
  let re = nameRegexes.get(name);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(fold(name)).replace(/\s+/g, '\\s+')}${NOT_WORD}`, 'gu');
    nameRegexes.set(name, re);
  }
  return re;
}

/** Texts cited by one of `names`, matched whole, ignoring case and tone placement. */
function byName(text: string, folded: string, names: readonly string[], taken: CitationPhrase[]): CitationPhrase[] {
  const out: CitationPhrase[] = [];
  const free = (start: number, end: number) => ![...taken, ...out].some((p) => start < p.end && p.start < end);
  const sorted = [...new Set(names)].sort((a, b) => b.length - a.length);
  for (const name of sorted) {
    for (const m of folded.matchAll(nameRegex(name))) {
      if (!free(m.index, m.index + m[0].length)) continue;
      out.push({ ...blank(m.index, m.index + m[0].length, text), name });
    }
  }
  return out;
}

/**
 * Every citation in `text`, in order. A số hiệu is a citation with or without the words around
 * it; `names` are the registered names of texts cited without one. Phrases never overlap.
 */
export function findCitations(text: string, names: readonly string[] = []): CitationPhrase[] {
  const folded = fold(text);
  if (folded.length !== text.length) throw new Error('văn bản chưa ở dạng NFC');
  const phrases = [...text.matchAll(SO_HIEU)].map((m) => numbered(text, folded, m));
  phrases.push(...byName(text, folded, names, phrases));
  return phrases.sort((a, b) => a.start - b.start);
}
