import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { SourceError } from './source-error.ts';

/** Reads and validates a YAML file; every error names the file and the line of the bad field. */
export function readYamlFile<S extends z.ZodType>(text: string, file: string, schema: S): z.infer<S> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line);
  if (doc.errors.length) {
    const err = doc.errors[0]!;
    throw new SourceError(file, lineAt(err.pos[0]), `YAML không hợp lệ: ${err.message.split('\n')[0]}`);
  }
  const parsed = schema.safeParse(doc.toJS());
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  // Point at the offending field, or at its parent when the field is missing.
  let node: unknown;
  for (let depth = issue.path.length; depth >= 0 && !node; depth--) {
    node = doc.getIn(issue.path.slice(0, depth) as (string | number)[], true);
  }
  const range = (node as { range?: [number, number, number] } | undefined)?.range;
  const field = issue.path.length ? `trường "${issue.path.join('.')}"` : 'tệp';
  throw new SourceError(file, lineAt(range?.[0]), `${field}: ${issue.message}`);
}
