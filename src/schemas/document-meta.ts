import { z } from 'zod';
import { DOCUMENT_TYPES, documentType, symbolFits } from '../lib/model/document-types.ts';

/** Days in a month; with the year unknown, February may have its 29th. */
function daysIn(month: number, year: number | null): number {
  return new Date(Date.UTC(year ?? 2000, month, 0)).getUTCDate();
}

/** Parts of a date as a text gives them; a blank part ("ngày … tháng 02") stays null. A day the calendar lacks (31/02) is refused. */
export const partialDateSchema = z
  .object({
    day: z.number().int().min(1).max(31).nullable(),
    month: z.number().int().min(1).max(12).nullable(),
    year: z.number().int().min(1930).max(2100).nullable(),
  })
  .strict()
  .superRefine((d, ctx) => {
    if (d.day !== null && d.month !== null && d.day > daysIn(d.month, d.year)) {
      const date = [d.day, d.month, d.year].filter((p) => p !== null).join('/');
      ctx.addIssue({ code: 'custom', path: ['day'], message: `ngày ${date} không có trong lịch (tháng ${d.month} có ${daysIn(d.month, d.year)} ngày)` });
    }
  });

export type PartialDate = z.infer<typeof partialDateSchema>;

/** Loại văn bản: one of the vocabulary's names (src/lib/model/document-types.ts). */
export const documentTypeNameSchema = z
  .string()
  .min(1)
  .refine((name) => documentType(name) !== undefined, {
    message: `không phải loại văn bản đã biết; dùng một trong: ${DOCUMENT_TYPES.map((t) => t.name).join(', ')}`,
  });

/** A số hiệu's symbol must be one its type uses: a Chỉ thị is "CT/…", never "QĐ/…". */
export function checkSymbolFitsType(d: { type: string; symbol: string | null }, ctx: z.RefinementCtx): void {
  const type = documentType(d.type);
  if (type && d.symbol && !symbolFits(type, d.symbol)) {
    const expected = type.symbols.length ? type.symbols.map((s) => `"${s}/…"`).join(' hoặc ') : 'không có ký hiệu';
    ctx.addIssue({ code: 'custom', path: ['symbol'], message: `ký hiệu "${d.symbol}" không hợp với loại "${d.type}" (${expected})` });
  }
}

/** Tình trạng hiệu lực: what the site may say about whether a text binds. */
export const DOCUMENT_STATUSES = {
  'du-thao': 'Dự thảo',
  'co-hieu-luc': 'Có hiệu lực',
  'het-hieu-luc': 'Hết hiệu lực',
  'bi-thay-the': 'Bị thay thế',
  'khong-ro': 'Không rõ',
} as const;

export type DocumentStatusValue = keyof typeof DOCUMENT_STATUSES;

export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'chỉ dùng chữ thường không dấu, số và dấu gạch ngang');

/**
 * Why the site gives a status: a sentence of a text in the library, quoted exactly as it stands
 * in the unit it links to (the build checks that it does), or the source the metadata came from.
 */
export const statusEvidenceSchema = z.union([
  z
    .object({
      /** Slug of the text that says so; the document itself when left out. */
      document: slugSchema.optional(),
      /** eId of the unit, or a part (`dau-van-ban`, `chu-ky`), where the sentence stands. */
      unit: z.string().min(1),
      /** The words, exactly as the text writes them (runs of spaces count as one). */
      quote: z.string().min(1),
    })
    .strict(),
  z
    .object({
      /** Who or what says so, when no text in the library does: "Công báo tỉnh số …". */
      source: z.string().min(1),
      url: z.string().url().optional(),
    })
    .strict(),
]);

export type StatusEvidence = z.infer<typeof statusEvidenceSchema>;

/** A document that replaced this one: in the library (`slug`) or only cited by a text (`cited`, its id in `content/cited/`). */
export const replacingDocumentSchema = z
  .object({
    /** How a text names it: "Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh, khóa XV, nhiệm kỳ 2025-2030". */
    label: z.string().min(1),
    slug: slugSchema.optional(),
    cited: slugSchema.optional(),
  })
  .strict()
  .refine((r) => (r.slug === undefined) !== (r.cited === undefined), 'ghi một trong hai: "slug" (văn bản trong thư viện) hoặc "cited" (mã trong content/cited/)');

export const documentStatusSchema = z
  .object({
    value: z.enum(Object.keys(DOCUMENT_STATUSES) as [DocumentStatusValue, ...DocumentStatusValue[]]),
    /** Why, in one or two plain sentences a cadre reads on the page; for "không rõ", what the site cannot know. */
    reason: z.string().min(1),
    evidence: z.array(statusEvidenceSchema).default([]),
    /** For "bị thay thế": what replaced it. */
    replacedBy: replacingDocumentSchema.optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.value !== 'khong-ro' && !s.evidence.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['evidence'],
        message: `tình trạng “${DOCUMENT_STATUSES[s.value]}” phải có căn cứ: câu của một văn bản nói vậy (document, unit, quote) hoặc nguồn của thông tin (source)`,
      });
    }
    if (s.value === 'bi-thay-the' && !s.replacedBy) {
      ctx.addIssue({ code: 'custom', path: ['replacedBy'], message: 'tình trạng “Bị thay thế” phải ghi văn bản thay thế (replacedBy)' });
    }
    if (s.value !== 'bi-thay-the' && s.replacedBy) {
      ctx.addIssue({ code: 'custom', path: ['replacedBy'], message: 'chỉ ghi "replacedBy" khi tình trạng là “bi-thay-the”' });
    }
  });

export type DocumentStatus = z.infer<typeof documentStatusSchema>;

/** One import of a source whose bytes differ from the import before: kept so a reader sees when the text changed. */
export const importRecordSchema = z
  .object({
    /** sha256 of the source bytes imported. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    /** When the importer first saw these bytes (UTC, to the second). */
    at: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, 'dạng "2026-11-23T07:29:09Z" (giờ UTC)'),
  })
  .strict();

export type ImportRecord = z.infer<typeof importRecordSchema>;

/** A document this one replaces, in whole or in part. */
export const replacedDocumentSchema = z
  .object({
    /** How the text names it: "Quy định số 4871-QĐ/TU, ngày 19/4/2019 của Ban Thường vụ Tỉnh ủy". */
    label: z.string().min(1),
    /** Slug of the replaced text when it is in the library too. */
    slug: z.string().optional(),
    /** Its id in `content/cited/` when the text cites it; the facts panel and the timeline link there. */
    cited: slugSchema.optional(),
    /** eId of the part of this text that takes its place, when only a part does (the attached form: `mau-1`). */
    by: z.string().min(1).optional(),
    /** True when only part of it is replaced (a form, an article). */
    partial: z.boolean().default(false),
    /**
     * True when bold and italic runs outside headings mark what this text amended or added
     * against the replaced one; the site then shows an amendment view (`/van-ban/<slug>/sua-doi/`).
     */
    amendmentsMarked: z.boolean().optional(),
  })
  .strict();

/** An editorial note beside a suspected typo; the official text itself is never changed. */
export const editorialNoteSchema = z
  .object({
    /** The exact text as it stands in the source. */
    find: z.string().min(1),
    /** What the editors think, shown beside it. */
    note: z.string().min(1),
  })
  .strict();

/**
 * The metadata file next to a source text (`content/sources/<file>.yaml`).
 * What the text does not say stays null: the site shows "chưa ghi", it never invents.
 */
export const documentMetaSchema = z
  .object({
    /** URL name of the document: `/van-ban/<slug>/`. */
    slug: slugSchema,
    /** Source text file in `content/sources/`. */
    source: z.string().regex(/^[^/\\]+\.(txt|md)$/),
    /** Short name for lists and search results: "Quy định nêu gương (Điện Biên)". */
    shortTitle: z.string().min(1),
    /** Loại văn bản, as the title line writes it in sentence case: "Quy định", "Chỉ thị". */
    type: documentTypeNameSchema,
    /** Number part of the số hiệu ("4871"), null when left blank. */
    number: z.string().min(1).nullable(),
    /** Symbol part of the số hiệu ("QĐ/TU"), null when the text has none. */
    symbol: z.string().min(1).nullable(),
    date: partialDateSchema.nullable(),
    /** Cơ quan ban hành without the province: "Ban Thường vụ Tỉnh ủy". */
    issuer: z.string().min(1).nullable(),
    province: z.string().min(1).nullable(),
    signer: z
      .object({
        /** "T/M Ban Thường vụ". */
        onBehalfOf: z.string().min(1).nullable(),
        /** "Bí thư". */
        title: z.string().min(1).nullable(),
        name: z.string().min(1).nullable(),
      })
      .strict()
      .nullable(),
    /** Tình trạng, with why the site says so: no status without evidence. */
    status: documentStatusSchema,
    replaces: z.array(replacedDocumentSchema).default([]),
    notes: z.array(editorialNoteSchema).default([]),
    /**
     * Lịch sử nhập, oldest first: `npm run import` adds an entry whenever the source's bytes
     * differ from the last one, so the previous hash and date stay. Never edit by hand.
     */
    imports: z.array(importRecordSchema).default([]),
  })
  .strict()
  .superRefine(checkSymbolFitsType);

export type DocumentMeta = z.infer<typeof documentMetaSchema>;
export type DocumentMetaInput = z.input<typeof documentMetaSchema>;

/** Frontmatter of a generated `content/documents/<slug>.mdx`: the metadata plus what the importer read from the text. */
export const documentFrontmatterSchema = documentMetaSchema.extend({
  /** Trích yếu as the title block writes it: "về trách nhiệm nêu gương …". */
  title: z.string().min(1),
  /** Latest date the text cites: an undated text cannot be older. */
  notBefore: partialDateSchema.nullable(),
  /** sha256 of the source bytes, so a stale page is detectable. */
  sourceSha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export type DocumentFrontmatter = z.infer<typeof documentFrontmatterSchema>;
