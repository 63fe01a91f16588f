/**
 * Structure ids ("eId") for Vietnamese Party documents.
 *
 * The shape follows the Akoma Ntoso naming convention: one segment per level, `prefix-num`,
 * levels joined by `__`. Prefixes are Vietnamese words a trainer can read in a URL
 * (`dieu-2__khoan-4`); every id also has its standard Akoma Ntoso twin (`art_2__para_4`).
 *
 * Articles (Điều) are numbered through the whole document, so their ids are rooted:
 * `dieu-5`, never `chuong-II__dieu-5`. Moving an article to another chapter keeps its permalink.
 * Every other unit nests under its parent's id.
 */

export const UNIT_KINDS = [
  'chapter',
  'section',
  'article',
  'clause',
  'point',
  'subpoint',
  'indent',
  'paragraph',
  'basis',
  'attachment',
  'footnote',
] as const;

export type UnitKind = (typeof UNIT_KINDS)[number];

interface KindNaming {
  /** Vietnamese id prefix. */
  vi: string;
  /** Akoma Ntoso eId abbreviation. */
  akn: string;
  /**
   * How the unit is named in a citation; `{n}` is replaced by its number.
   * Chương, Mục and Điều keep their capital inside a citation ("khoản 4 Điều 2").
   */
  noun: string;
}

export const KIND_NAMING: Record<UnitKind, KindNaming> = {
  chapter: { vi: 'chuong', akn: 'chp', noun: 'Chương {n}' },
  section: { vi: 'muc', akn: 'sec', noun: 'Mục {n}' },
  article: { vi: 'dieu', akn: 'art', noun: 'Điều {n}' },
  clause: { vi: 'khoan', akn: 'para', noun: 'khoản {n}' },
  point: { vi: 'diem', akn: 'point', noun: 'điểm {n}' },
  subpoint: { vi: 'tiet', akn: 'subpoint', noun: 'tiết {n}' },
  indent: { vi: 'gach', akn: 'indent', noun: 'gạch đầu dòng thứ {n}' },
  paragraph: { vi: 'doan', akn: 'al', noun: 'đoạn {n}' },
  basis: { vi: 'can-cu', akn: 'cit', noun: 'căn cứ thứ {n}' },
  attachment: { vi: 'mau', akn: 'att', noun: 'Mẫu kèm theo' },
  footnote: { vi: 'chu-thich', akn: 'fn', noun: 'chú thích {n}' },
};

/** Fixed parts of a document that are not numbered units but still carry an id. */
export const PART_IDS = {
  header: { vi: 'dau-van-ban', akn: 'preface', noun: 'phần đầu văn bản' },
  preamble: { vi: 'mo-dau', akn: 'preamble', noun: 'phần mở đầu' },
  recipients: { vi: 'noi-nhan', akn: 'recipients', noun: 'Nơi nhận' },
  signature: { vi: 'chu-ky', akn: 'signature', noun: 'phần ký' },
} as const;

export type PartName = keyof typeof PART_IDS;

/** A number as written ("4.1", "(1)", "III", "đ") turned into an id-safe token ("4-1", "1", "III", "dd"). */
export function numToken(num: string): string {
  const token = num
    .normalize('NFC')
    .replace(/[()]/g, '')
    .replace(/đ/g, 'dd')
    .replace(/Đ/g, 'DD')
    .replace(/[.\s]+/g, '-')
    .replace(/[^A-Za-z0-9-]/g, '')
    .replace(/^-+|-+$/g, '');
  if (!token) throw new Error(`Số hiệu "${num}" không tạo được mã định danh`);
  return token;
}

/** One level of an eId. */
export interface EIdSegment {
  kind: UnitKind | PartName;
  /** Number token; undefined for parts such as `mo-dau`. */
  token?: string;
  /** Suffix that keeps a duplicated number unique (`khoan-2_2`). */
  duplicate?: number;
}

function isUnitKind(kind: string): kind is UnitKind {
  return (UNIT_KINDS as readonly string[]).includes(kind);
}

function withSuffix(base: string, seg: EIdSegment, join: string): string {
  const numbered = seg.token === undefined ? base : `${base}${join}${seg.token}`;
  return seg.duplicate ? `${numbered}_${seg.duplicate}` : numbered;
}

/** `khoan-4`, `mo-dau`, `khoan-2_2`. */
export function formatSegment(seg: EIdSegment): string {
  return withSuffix(isUnitKind(seg.kind) ? KIND_NAMING[seg.kind].vi : PART_IDS[seg.kind].vi, seg, '-');
}

/** The same level in Akoma Ntoso's words: `para_4`, `preamble`. */
export function formatAknSegment(seg: EIdSegment): string {
  return withSuffix(isUnitKind(seg.kind) ? KIND_NAMING[seg.kind].akn : PART_IDS[seg.kind].akn, seg, '_');
}

/**
 * How one level is named in a citation, from its kind and its number as the text writes it
 * ("khoản 4", "Điều 2", "đoạn 1"); a number written twice says which time ("khoản 2 (lần 2)").
 */
export function levelName(kind: UnitKind | PartName, num: string | undefined, duplicate?: number): string {
  const text = isUnitKind(kind) ? KIND_NAMING[kind].noun.replace('{n}', num ?? '').trim() : PART_IDS[kind].noun;
  return duplicate ? `${text} (lần ${duplicate})` : text;
}

/** First letter in capitals, as a citation or a breadcrumb begins: "khoản 4" → "Khoản 4". */
export function capitalize(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

/**
 * How a trainer names a unit, from the names of its levels outermost first:
 * ["Điều 3", "khoản 5", "điểm 1"] → "Điểm 1 khoản 5 Điều 3".
 */
export function citationLabel(levelNames: readonly string[]): string {
  return capitalize([...levelNames].reverse().join(' '));
}

/** Where one eId starts in a string of several, for the browser's `#fragment` and search anchors. */
const SEGMENT = new RegExp(
  `^(?:(?:${UNIT_KINDS.map((k) => KIND_NAMING[k].vi).join('|')})-[A-Za-z0-9-]+|${Object.values(PART_IDS)
    .map((p) => p.vi)
    .join('|')})(?:_\\d+)?$`,
);

/** Whether an HTML id is a structure id (an eId) rather than some other anchor of the page. */
export function isEId(id: string): boolean {
  return id.length > 0 && id.split('__').every((segment) => SEGMENT.test(segment));
}

const SEGMENT_KINDS: Array<[string, UnitKind | PartName]> = [
  ...UNIT_KINDS.map((k) => [KIND_NAMING[k].vi, k] as [string, UnitKind]),
  ...(Object.keys(PART_IDS) as PartName[]).map((p) => [PART_IDS[p].vi, p] as [string, PartName]),
].sort((a, b) => b[0].length - a[0].length);

/** The levels of an eId. Only for the browser, which has a page's ids but not its tree (see below). */
function parseEId(eId: string): EIdSegment[] {
  return eId.split('__').map((raw) => {
    const dup = /_(\d+)$/.exec(raw);
    const body = dup ? raw.slice(0, dup.index) : raw;
    const duplicate = dup ? Number(dup[1]) : undefined;
    for (const [prefix, kind] of SEGMENT_KINDS) {
      if (body === prefix) return { kind, duplicate };
      if (body.startsWith(`${prefix}-`)) return { kind, token: body.slice(prefix.length + 1), duplicate };
    }
    throw new Error(`"${raw}" không phải là một cấp hợp lệ của mã định danh "${eId}"`);
  });
}

/** A token back as the text writes the number: "4-1" → "4.1", "dd" → "đ". */
function tokenNumber(token: string | undefined): string | undefined {
  return token?.replace(/dd/g, 'đ').replace(/DD/g, 'Đ').replace(/-/g, '.');
}

/**
 * For the search script in the browser, which sees a unit's id but not the document's tree: where
 * the unit stands, one level at a time, capitalised, outermost first: ["Điều 3", "Khoản 6"],
 * worked back from the id. test/unit/eid.test.ts holds it equal to the tree's `breadcrumb`.
 */
export function breadcrumbFromEId(eId: string): string[] {
  return parseEId(eId).map((s) => capitalize(levelName(s.kind, tokenNumber(s.token), s.duplicate)));
}
