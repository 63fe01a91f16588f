import { createHash } from 'node:crypto';
import type { DocumentMeta } from '../../schemas/document-meta.ts';
import { documentTreeSchema, type DocumentTree, type UnitJson } from '../../schemas/document-tree.ts';
import { linkCitations } from '../citations/link.ts';
import type { Registry } from '../citations/registry.ts';
import { latestDateIn } from '../model/dates.ts';
import { plainText } from '../model/runs.ts';
import { findByNumbers, rootUnits } from '../model/tree.ts';
import { cleanSource } from './clean.ts';
import { assignIds, type Defect } from './ids.ts';
import { sourceLines } from './lines.ts';
import { toMdx } from './mdx.ts';
import { applyNotes } from './notes.ts';
import { recognize } from './recognize.ts';
import { SourceError } from './source-error.ts';
import { verifyMdx } from './verify-mdx.ts';

export interface ImportedDocument {
  tree: DocumentTree;
  mdx: string;
  json: string;
}

/** The source line, at or after `from`, where a phrase begins: its first words, with emphasis stars ignored. */
function lineOfPhrase(text: string, from: number, phrase: string): number {
  const head = phrase.split(/\s+/).slice(0, 4).join(' ');
  const lines = text.split('\n');
  for (let i = from - 1; i < lines.length; i++) if (lines[i]!.replace(/\*/g, '').includes(head)) return i + 1;
  return from;
}

function allText(units: UnitJson[]): string {
  return units.map((u) => `${plainText(u.heading ?? [])} ${plainText(u.text ?? [])} ${allText(u.children)}`).join(' ');
}

/**
 * Source bytes + metadata → document tree, MDX and JSON, with every citation linked to its
 * entry in the registry. Pure: no file system, same input, same output. `sourceFile` and
 * `metaFile` only name the files in error messages.
 */
export function importDocument(bytes: Uint8Array, meta: DocumentMeta, sourceFile: string, metaFile: string, registry: Registry): ImportedDocument {
  const text = cleanSource(bytes, sourceFile);
  const draft = recognize(sourceLines(text), { file: sourceFile, type: meta.type });
  const defects: Defect[] = [];
  const { parts, preamble, body, attachments } = assignIds(draft, defects);
  const allUnits = rootUnits({ preamble, body, attachments });
  const unmatched = applyNotes(allUnits, meta.notes);
  if (unmatched.length) {
    throw new SourceError(metaFile, undefined, `ghi chú biên tập không khớp chữ nào trong văn bản: "${unmatched[0]!.find}"`);
  }
  // After the notes: a note's text may sit inside a citation, never the other way round.
  const problems = linkCitations(allUnits, { registry, citing: { slug: meta.slug, province: meta.province }, findUnit: (levels) => findByNumbers({ body }, levels) });
  if (problems.length) {
    const [first] = problems;
    const more = problems.length > 1 ? ` (và ${problems.length - 1} chỗ khác)` : '';
    throw new SourceError(sourceFile, lineOfPhrase(text, first!.line, first!.text), `dẫn chiếu «${first!.text}»: ${first!.message}${more}`);
  }
  const parsed = documentTreeSchema.safeParse({
    meta: {
      ...meta,
      title: draft.subject,
      notBefore: latestDateIn(allText(allUnits)),
      sourceSha256: createHash('sha256').update(bytes).digest('hex'),
    },
    parts,
    header: draft.header,
    title: draft.title,
    preamble,
    body,
    recipients: draft.recipients,
    signature: draft.signature,
    attachments,
    defects: defects.sort((a, b) => a.line - b.line),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new SourceError(sourceFile, undefined, `cây văn bản không hợp lệ tại ${issue.path.join('.')}: ${issue.message}`, { cause: parsed.error });
  }
  const tree = parsed.data;
  const mdx = toMdx(tree);
  verifyMdx(mdx, tree, `content/documents/${meta.slug}.mdx`);
  return { tree, mdx, json: `${JSON.stringify(tree, null, 2)}\n` };
}
