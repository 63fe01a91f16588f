import { z } from 'zod';
import { UNIT_KINDS } from '../lib/model/eid.ts';
import { documentFrontmatterSchema } from './document-meta.ts';

export const MARKS = ['strong', 'emphasis', 'sup', 'sub'] as const;

/** A stretch of source text with the same inline formatting. */
export const runSchema = z
  .object({
    text: z.string(),
    marks: z.array(z.enum(MARKS)).optional(),
    /** Editorial note beside this text (a suspected typo); the text itself is the source's. */
    sic: z.string().optional(),
    /** Part of a citation of another document: the id of its entry in `content/cited/`. */
    cite: z.string().optional(),
    /** Part of a reference to a unit of the same document ("Điều 1 Quy chế này"): that unit's eId. */
    unitRef: z.string().optional(),
  })
  .strict();

export type Run = z.infer<typeof runSchema>;

/** One line of a block that is not a numbered unit (header, title, closing). */
export const lineSchema = z.array(runSchema);

export interface UnitJson {
  kind: (typeof UNIT_KINDS)[number];
  eId: string;
  aknEId: string;
  name: string;
  label: string;
  num?: string;
  marker?: string;
  heading?: Run[];
  text?: Run[];
  line: number;
  children: UnitJson[];
}

export const unitSchema: z.ZodType<UnitJson> = z.lazy(() =>
  z
    .object({
      kind: z.enum(UNIT_KINDS),
      /** Vietnamese eId, used as HTML id and permalink: `dieu-2__khoan-4`. */
      eId: z.string().regex(/^[a-z][A-Za-z0-9-]*(?:_\d+)?(?:__[a-z][A-Za-z0-9-]*(?:_\d+)?)*$/),
      /** Akoma Ntoso eId: `art_2__para_4`. */
      aknEId: z.string().min(1),
      /** This level alone, as a citation writes it: "khoản 4", "Điều 2", "đoạn 1". */
      name: z.string().min(1),
      /** How a trainer cites it: "Khoản 4 Điều 2". */
      label: z.string().min(1),
      num: z.string().optional(),
      /** Numbering exactly as written: "4.", "(1)-", "I-", "Điều 4.". */
      marker: z.string().optional(),
      heading: lineSchema.optional(),
      /** The unit's own paragraph, starting with its marker as in the source. */
      text: lineSchema.optional(),
      /** Line in the source where the unit starts. */
      line: z.number().int().positive(),
      children: z.array(unitSchema),
    })
    .strict(),
);

/** The id of a fixed part of a document (mở đầu, nơi nhận, phần ký): an anchor, not a numbered unit. */
export const partIdSchema = z.object({ eId: z.string().min(1), aknEId: z.string().min(1), label: z.string().min(1) }).strict();

export const documentPartsSchema = z
  .object({ header: partIdSchema.optional(), preamble: partIdSchema.optional(), recipients: partIdSchema.optional(), signature: partIdSchema.optional() })
  .strict();

export type DocumentParts = z.infer<typeof documentPartsSchema>;

export const attachmentSchema = z
  .object({
    eId: z.string(),
    aknEId: z.string(),
    label: z.string(),
    line: z.number().int().positive(),
    header: z.array(lineSchema),
    title: z.array(lineSchema),
    children: z.array(unitSchema),
    closing: z.array(lineSchema),
  })
  .strict();

export type AttachmentJson = z.infer<typeof attachmentSchema>;

/** The whole structure of one document, as written to `content/documents/<slug>.json`. */
export const documentTreeSchema = z
  .object({
    meta: documentFrontmatterSchema,
    /** Ids of the fixed parts the document has. */
    parts: documentPartsSchema,
    header: z.array(lineSchema),
    title: z.array(lineSchema),
    preamble: z.array(unitSchema),
    body: z.array(unitSchema),
    recipients: z.object({ heading: lineSchema, items: z.array(lineSchema) }).strict().nullable(),
    signature: z.array(lineSchema).nullable(),
    attachments: z.array(attachmentSchema),
    /** Irregularities the importer noticed and kept (duplicate numbers, skipped numbers). */
    defects: z.array(z.object({ line: z.number().int(), message: z.string() }).strict()),
  })
  .strict();

export type DocumentTree = z.infer<typeof documentTreeSchema>;
