/**
 * Runs one importer stage on a fixture's input, the way the importer chains them, so each
 * behaviour can be shown on its own: `test/fixtures/importer/<behaviour>/`.
 */
import { importDocument } from '../../src/lib/importer/import-document.ts';
import { cleanSource } from '../../src/lib/importer/clean.ts';
import { assignIds, type Defect } from '../../src/lib/importer/ids.ts';
import { sourceLines, type SourceLine } from '../../src/lib/importer/lines.ts';
import { Cursor, readAttachment, readBody, readClosing, readPreamble, readTitle, recognize } from '../../src/lib/importer/recognize.ts';
import { plainText } from '../../src/lib/model/runs.ts';
import { documentMetaSchema } from '../../src/schemas/document-meta.ts';
import { REGISTRY } from './import.ts';
import { SKELETON_META } from './skeleton.ts';

/** `options.json` of a fixture; every field may be left out. */
export interface StageOptions {
  /** Which stage reads the input; `document` (recognize, then ids) when left out. */
  stage?: 'lines' | 'title' | 'preamble' | 'body' | 'closing' | 'attachment' | 'document' | 'import';
  /** Loại văn bản from the metadata; "Quy định" when left out. */
  type?: string;
  /** For the body stage. */
  hasArticles?: boolean;
  inAttachment?: boolean;
}

export interface StageOutput {
  /** What the stage made, as JSON. */
  tree: unknown;
  /** The generated MDX, for the `import` stage. */
  mdx?: string;
}

/** The file name errors name: what `error.txt` files hold is `input.txt:<line>: …`. */
export const INPUT_FILE = 'input.txt';

/** Lines a reader left for the next one, as "line: text", so a fixture shows where it stopped. */
function rest(cur: Cursor): string[] {
  return cur.rest().map((l) => `${l.line}: ${l.rule ? '(đường kẻ)' : plainText(l.runs)}`);
}

export function runStage(bytes: Uint8Array, options: StageOptions): StageOutput {
  const type = options.type ?? 'Quy định';
  if (options.stage === 'import') {
    const meta = documentMetaSchema.parse({ ...SKELETON_META, source: INPUT_FILE, type, symbol: null });
    const doc = importDocument(bytes, meta, INPUT_FILE, 'input.yaml', REGISTRY);
    const { meta: _meta, ...tree } = doc.tree;
    return { tree, mdx: doc.mdx.slice(doc.mdx.indexOf('\n---\n', 4) + 5) };
  }
  const lines: SourceLine[] = sourceLines(cleanSource(bytes, INPUT_FILE));
  const cur = new Cursor(lines);
  switch (options.stage) {
    case 'lines':
      return { tree: lines };
    case 'title':
      return { tree: { ...readTitle(cur, type.toLocaleUpperCase('vi')), rest: rest(cur) } };
    case 'preamble':
      return { tree: { preamble: readPreamble(cur), rest: rest(cur) } };
    case 'body':
      return { tree: { body: readBody(cur, { hasArticles: options.hasArticles ?? false, inAttachment: options.inAttachment ?? false }), rest: rest(cur) } };
    case 'closing':
      return { tree: { ...readClosing(cur), rest: rest(cur) } };
    case 'attachment':
      return { tree: { attachment: readAttachment(cur, INPUT_FILE), rest: rest(cur) } };
    default: {
      const draft = recognize(lines, { file: INPUT_FILE, type });
      const defects: Defect[] = [];
      const ids = assignIds(draft, defects);
      return { tree: { header: draft.header, title: draft.title, subject: draft.subject, recipients: draft.recipients, signature: draft.signature, ...ids, defects } };
    }
  }
}
