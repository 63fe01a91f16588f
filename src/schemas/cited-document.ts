import { z } from 'zod';
import { checkSymbolFitsType, documentTypeNameSchema, partialDateSchema, slugSchema } from './document-meta.ts';

export const CITATION_LEVELS = {
  'trung-uong': 'Trung ương',
  tinh: 'Tỉnh ủy',
} as const;

export type CitationLevel = keyof typeof CITATION_LEVELS;

/**
 * One document the four texts cite: `content/cited/<id>.yaml`, the file name being its id and
 * its URL (`routes.cited(id)`). Every field is as the citing texts write it; the build checks
 * that the date, issuer and subject appear in at least one citing text, so nothing is invented.
 */
export const citedDocumentSchema = z
  .object({
    /** Loại văn bản: "Quy định", "Kết luận", "Điều lệ". */
    type: documentTypeNameSchema,
    /** Number of the số hiệu as written ("08"); null for a text cited by name only (Điều lệ Đảng). */
    number: z.string().regex(/^\d+$/, 'chỉ gồm chữ số, như văn bản ghi ("08")').nullable(),
    /** Symbol of the số hiệu: "QĐ/TW", "QĐi/TW", "CT/TU". */
    symbol: z.string().regex(/^[A-ZĐ]+i?\/[A-ZĐ]+$/, 'dạng "QĐ/TW", "QĐi/TW", "CT/TU"').nullable(),
    date: partialDateSchema.nullable(),
    /** Issuing body without province or term, as a citing text writes it: "Ban Bí thư". */
    issuer: z.string().min(1).nullable(),
    level: z.enum(Object.keys(CITATION_LEVELS) as [CitationLevel, ...CitationLevel[]]),
    /**
     * For a Tỉnh ủy document: its province. A /TU number is unique only within one province,
     * so Điện Biên's 08-CT/TU and another province's never merge.
     */
    province: z.string().min(1).nullable().default(null),
    /**
     * For a Tỉnh ủy document cited by a text that does not name its province: the slug of that
     * text. The document belongs to the same, unnamed, province; the site says so and never guesses.
     */
    sameProvinceAs: slugSchema.nullable().default(null),
    /** Trích yếu as a citing text writes it: "về trách nhiệm nêu gương …". */
    title: z.string().min(1).nullable().default(null),
    /** Names the texts cite it by instead of a number ("Điều lệ Đảng", "Nghị quyết Trung ương 4 khóa XII"). */
    names: z.array(z.string().min(1)).default([]),
  })
  .strict()
  .superRefine((d, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    checkSymbolFitsType(d, ctx);
    if ((d.number === null) !== (d.symbol === null)) issue('number', 'số và ký hiệu phải cùng có hoặc cùng để null');
    if (d.number === null && !d.names.length) issue('names', 'văn bản không có số hiệu phải có ít nhất một tên trong "names"');
    const code = d.symbol?.split('/')[1];
    if (code && (code.endsWith('TW') ? 'trung-uong' : code === 'TU' ? 'tinh' : null) !== d.level) {
      issue('level', `ký hiệu "${d.symbol}" không khớp cấp "${d.level}"`);
    }
    const scoped = d.province !== null || d.sameProvinceAs !== null;
    if (d.level === 'trung-uong' && scoped) issue('province', 'văn bản Trung ương không thuộc tỉnh nào');
    if (d.level === 'tinh' && (d.province === null) === (d.sameProvinceAs === null)) {
      issue('province', 'văn bản cấp tỉnh ghi "province" (tên tỉnh), hoặc "sameProvinceAs" khi văn bản dẫn chiếu không ghi tỉnh, một trong hai');
    }
  });

export type CitedDocumentData = z.infer<typeof citedDocumentSchema>;
