/**
 * "Xuất tệp sổ tay" / "Nhập tệp sổ tay": the notebook as a JSON file, to back it up or give it
 * to a colleague. Reading one is three checks, each with a Vietnamese error naming the file and
 * the place: it is JSON (with the line where it is not), it fits the schema below, and every
 * unit it names exists on this site with the words its hash says. Only a file that passes all
 * three is merged, so a wrong file never changes the notebook.
 */
import { z } from 'zod';
import { isEId } from '../model/eid.ts';
import { paragraphsText, type DocumentUnitFacts } from '../model/unit-facts.ts';
import { textHash } from '../text/hash.ts';
import { NOTE_LIMIT, type Collection, type Notebook } from './notebook.ts';

export const NOTEBOOK_FILE_FORMAT = 'so-tay-quy-dinh/so-tay';
export const NOTEBOOK_FILE_VERSION = 1;
/** Far above any real notebook (a thousand long articles is about 3 MB), far below what would freeze a phone. */
export const NOTEBOOK_FILE_MAX_BYTES = 10 * 1024 * 1024;

/** Markup in a title or a note: harmless here (shown as text), but no notebook this site writes has any. */
const MARKUP = /<\s*\/?\s*(script|style|iframe|object|embed|img|svg|a|link|meta|form|input|on\w+)\b/i;

const plain = (max: number) =>
  z
    .string()
    .max(max, `dài quá ${max.toLocaleString('vi')} ký tự`)
    .refine((s) => !MARKUP.test(s), 'có mã HTML (như <script>); sổ tay chỉ chứa chữ');

const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'không phải tên văn bản hợp lệ');
const runSchema = z.tuple([z.string().max(100_000), z.string().regex(/^[bis^_]{1,5}$/).optional()]);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/, 'không phải ngày giờ (ISO 8601)');

const savedUnitSchema = z
  .object({
    key: z.string(),
    slug: slugSchema,
    eId: z.string().refine(isEId, 'không phải mã đơn vị (eId) hợp lệ'),
    documentTitle: plain(500),
    label: plain(500),
    citation: z.object({ written: plain(2000), formal: plain(2000) }).strict(),
    paragraphs: z.array(z.array(runSchema).max(2000)).min(1).max(5000),
    hash: z.string().regex(/^[0-9a-f]{16}$/, 'không phải mã kiểm tra của chữ'),
    note: plain(NOTE_LIMIT),
    savedAt: isoDate,
  })
  .strict()
  .refine((u) => u.key === `${u.slug}#${u.eId}`, { message: 'khóa không khớp tên văn bản và mã đơn vị', path: ['key'] });

const collectionSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'không phải mã bộ sưu tập hợp lệ'),
    title: plain(200).refine((t) => t.trim().length > 0, 'để trống'),
    units: z.array(savedUnitSchema).max(5000),
    createdAt: isoDate,
  })
  .strict();

export const notebookFileSchema = z
  .object({
    format: z.literal(NOTEBOOK_FILE_FORMAT, { error: 'không phải tệp sổ tay của Sổ tay Quy định' }),
    version: z.literal(NOTEBOOK_FILE_VERSION, { error: `phiên bản tệp khác (trang này đọc phiên bản ${NOTEBOOK_FILE_VERSION})` }),
    exportedAt: isoDate,
    collections: z.array(collectionSchema).max(1000),
  })
  .strict();

export type NotebookFile = z.infer<typeof notebookFileSchema>;

export function notebookFile(notebook: Notebook, now: string): NotebookFile {
  return { format: NOTEBOOK_FILE_FORMAT, version: NOTEBOOK_FILE_VERSION, exportedAt: now, collections: notebook.collections };
}

export type ReadResult = { ok: true; file: NotebookFile } | { ok: false; error: string };

/** Where in the file a schema problem is, in words: "bộ sưu tập 1, mục 3, ghi chú". */
function place(path: ReadonlyArray<PropertyKey>, data: unknown): string {
  const FIELDS: Record<string, string> = {
    format: 'trường “format”',
    version: 'trường “version”',
    exportedAt: 'ngày xuất',
    collections: 'danh sách bộ sưu tập',
    title: 'tên',
    units: 'danh sách mục',
    note: 'ghi chú',
    label: 'tên đơn vị',
    paragraphs: 'chữ của đơn vị',
    citation: 'trích dẫn',
    eId: 'mã đơn vị',
    slug: 'tên văn bản',
    hash: 'mã kiểm tra',
  };
  const parts: string[] = [];
  let node = data as Record<PropertyKey, unknown> | undefined;
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    const prev = path[i - 1];
    if (typeof key === 'number' && prev === 'collections') {
      const title = (node?.[key] as { title?: unknown } | undefined)?.title;
      parts.push(`bộ sưu tập ${key + 1}${typeof title === 'string' ? ` (“${title.slice(0, 60)}”)` : ''}`);
    } else if (typeof key === 'number' && prev === 'units') parts.push(`mục ${key + 1}`);
    else if (typeof key === 'string' && !(key === 'collections' && typeof path[i + 1] === 'number') && !(key === 'units' && typeof path[i + 1] === 'number')) {
      if (prev !== 'paragraphs' && !(typeof prev === 'number' && path[i - 2] === 'paragraphs')) parts.push(FIELDS[key] ?? `trường “${key}”`);
    }
    node = node?.[key] as Record<PropertyKey, unknown> | undefined;
    if (key === 'paragraphs') break;
  }
  return parts.join(', ') || 'cả tệp';
}

/**
 * The line of a JSON syntax error, from the engine's message: "… (line 3 column 5)", "… at
 * position 52", or V8's "Unexpected token 'S', "Sổ tay…" is not valid JSON", which quotes the
 * text around the token instead.
 */
function syntaxLine(error: SyntaxError, text: string): number | null {
  const lineOf = (at: number) => text.slice(0, at).split('\n').length;
  const line = /line (\d+)/.exec(error.message);
  if (line) return Number(line[1]);
  const pos = /position (\d+)/.exec(error.message);
  if (pos) return lineOf(Number(pos[1]));
  const token = /Unexpected token '([\s\S])', (?:\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON/.exec(error.message);
  const start = token ? text.indexOf(token[2]!) : -1;
  if (start < 0) return null;
  const at = text.indexOf(token![1]!, start);
  return lineOf(at < 0 ? start : at);
}

/** Reads a notebook file's text; `size` is its size in bytes, checked before anything is parsed. */
export function readNotebookFile(text: string, fileName: string, size = text.length): ReadResult {
  const fail = (what: string): ReadResult => ({ ok: false, error: `Tệp “${fileName}”: ${what}. Sổ tay của bạn không thay đổi.` });
  if (size > NOTEBOOK_FILE_MAX_BYTES) {
    return fail(`quá lớn (${(size / 1024 / 1024).toFixed(1)} MB; tệp sổ tay không quá ${NOTEBOOK_FILE_MAX_BYTES / 1024 / 1024} MB)`);
  }
  if (!text.trim()) return fail('tệp trống');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    if (!(e instanceof SyntaxError)) throw e;
    if (/end of (JSON )?input|Unterminated/i.test(e.message)) return fail('tệp bị cắt cụt: hết tệp giữa chừng, có thể chưa tải xong');
    const line = syntaxLine(e, text);
    return fail(`không phải tệp JSON${line ? ` (lỗi ở dòng ${line})` : ''}`);
  }
  const parsed = notebookFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return fail(`${place(issue.path, data)}: ${issue.message}`);
  }
  for (const [ci, c] of parsed.data.collections.entries()) {
    for (const [ui, u] of c.units.entries()) {
      if (textHash(paragraphsText(u.paragraphs)) !== u.hash) {
        return fail(`bộ sưu tập ${ci + 1} (“${c.title}”), mục ${ui + 1} (${u.label}): chữ không khớp mã kiểm tra, tệp đã bị sửa`);
      }
    }
  }
  return { ok: true, file: parsed.data };
}

/** The documents a file names, to fetch their facts before `checkAgainstSite`. */
export function documentsOf(file: NotebookFile): string[] {
  return [...new Set(file.collections.flatMap((c) => c.units.map((u) => u.slug)))];
}

/**
 * Every unit the file names must be on this site: `facts` has each document's facts, or null
 * for a document the site does not have. Returns the error, or null when all are there.
 */
export function checkAgainstSite(file: NotebookFile, fileName: string, facts: ReadonlyMap<string, DocumentUnitFacts | null>): string | null {
  for (const [ci, c] of file.collections.entries()) {
    for (const [ui, u] of c.units.entries()) {
      const doc = facts.get(u.slug);
      const where = `bộ sưu tập ${ci + 1} (“${c.title}”), mục ${ui + 1}`;
      if (!doc) return `Tệp “${fileName}”: ${where} nhắc tới văn bản “${u.slug}”, trang này không có văn bản đó. Sổ tay của bạn không thay đổi.`;
      if (!doc.units.some((x) => x.id === u.eId)) {
        return `Tệp “${fileName}”: ${where} nhắc tới “${u.eId}”, ${doc.title} không có đơn vị đó. Sổ tay của bạn không thay đổi.`;
      }
    }
  }
  return null;
}

export interface MergeSummary {
  collections: number;
  added: number;
  alreadyThere: number;
}

/**
 * Adds a file's collections to a notebook. A collection the notebook already has (same id)
 * gets the units it lacks, and a note it lacks is added below its own; any other collection
 * is added whole (its title marked "(nhập)" when the notebook has one with that title).
 * Nothing in the notebook is removed or overwritten.
 */
export function mergeNotebook(notebook: Notebook, incoming: readonly Collection[]): { notebook: Notebook; summary: MergeSummary } {
  const summary: MergeSummary = { collections: 0, added: 0, alreadyThere: 0 };
  const collections = [...notebook.collections];
  for (const c of incoming) {
    const i = collections.findIndex((x) => x.id === c.id);
    if (i < 0) {
      const title = collections.some((x) => x.title === c.title) ? `${c.title} (nhập)`.slice(0, 200) : c.title;
      collections.push({ ...c, title });
      summary.collections++;
      summary.added += c.units.length;
      continue;
    }
    const units = [...collections[i]!.units];
    for (const u of c.units) {
      const j = units.findIndex((x) => x.key === u.key);
      if (j < 0) {
        units.push(u);
        summary.added++;
        continue;
      }
      summary.alreadyThere++;
      const mine = units[j]!;
      if (u.note.trim() && !mine.note.includes(u.note.trim())) {
        units[j] = { ...mine, note: [mine.note.trim(), u.note.trim()].filter(Boolean).join('\n\n').slice(0, NOTE_LIMIT) };
      }
    }
    collections[i] = { ...collections[i]!, units };
  }
  return { notebook: { ...notebook, collections, current: notebook.current ?? collections[0]?.id ?? null }, summary };
}
