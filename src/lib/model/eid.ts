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

/** The inverse of {@link numToken} for display: "4-1" → "4.1", "dd" → "đ". */
export function tokenToNum(token: string): string {
  return token.replace(/dd/g, 'đ').replace(/DD/g, 'Đ').replace(/-/g, '.');
}

/** One level of an eId. */
export interface EIdSegment {
  kind: UnitKind | PartName;
  /** Number token; undefined for parts such as `mo-dau`. */
  token?: string;
  /** Suffix that keeps a duplicated number unique (`khoan-2_2`). */
  duplicate?: number;
}

const SEGMENT_KINDS: Array<[string, UnitKind | PartName]> = [
  ...UNIT_KINDS.map((k) => [KIND_NAMING[k].vi, k] as [string, UnitKind]),
  ...(Object.keys(PART_IDS) as PartName[]).map((p) => [PART_IDS[p].vi, p] as [string, PartName]),
].sort((a, b) => b[0].length - a[0].length);

function isUnitKind(kind: string): kind is UnitKind {
  return (UNIT_KINDS as readonly string[]).includes(kind);
}

export function formatSegment(seg: EIdSegment): string {
  const prefix = isUnitKind(seg.kind) ? KIND_NAMING[seg.kind].vi : PART_IDS[seg.kind].vi;
  const base = seg.token === undefined ? prefix : `${prefix}-${seg.token}`;
  return seg.duplicate ? `${base}_${seg.duplicate}` : base;
}

export function parseEId(eId: string): EIdSegment[] {
  return eId.split('__').map((raw) => {
    const dup = /_(\d+)$/.exec(raw);
    const body = dup ? raw.slice(0, dup.index) : raw;
    for (const [prefix, kind] of SEGMENT_KINDS) {
      if (body === prefix) return { kind, duplicate: dup ? Number(dup[1]) : undefined };
      if (body.startsWith(`${prefix}-`)) {
        return { kind, token: body.slice(prefix.length + 1), duplicate: dup ? Number(dup[1]) : undefined };
      }
    }
    throw new Error(`"${raw}" không phải là một cấp hợp lệ của mã định danh "${eId}"`);
  });
}

/** The Akoma Ntoso eId of a Vietnamese eId: `dieu-2__khoan-4` → `art_2__para_4`. */
export function toAknEId(eId: string): string {
  return parseEId(eId)
    .map((seg) => {
      const abbr = isUnitKind(seg.kind) ? KIND_NAMING[seg.kind].akn : PART_IDS[seg.kind].akn;
      const base = seg.token === undefined ? abbr : `${abbr}_${seg.token}`;
      return seg.duplicate ? `${base}_${seg.duplicate}` : base;
    })
    .join('__');
}

function segmentNoun(seg: EIdSegment): string {
  if (!isUnitKind(seg.kind)) return PART_IDS[seg.kind].noun;
  const num = seg.token === undefined ? '' : tokenToNum(seg.token);
  const text = KIND_NAMING[seg.kind].noun.replace('{n}', num).trim();
  return seg.duplicate ? `${text} (lần ${seg.duplicate})` : text;
}

function capitalize(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

/**
 * How a trainer names a unit in a citation, innermost first:
 * `dieu-3__khoan-5__diem-1` → "Điểm 1 khoản 5 Điều 3".
 */
export function pinpointLabel(eId: string): string {
  const nouns = parseEId(eId).reverse().map(segmentNoun);
  return capitalize(nouns.join(' '));
}

/** Outermost first, each level capitalised: `dieu-3__khoan-6` → ["Điều 3", "Khoản 6"]. */
export function breadcrumb(eId: string): string[] {
  return parseEId(eId).map((seg) => capitalize(segmentNoun(seg)));
}
