import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import { SourceError } from './source-error.ts';

/** zod's own messages in Vietnamese, for the issues our schemas leave to it. */
const VIETNAMESE = z.locales.vi().localeError;

type Issue = z.core.$ZodIssue;

/**
 * Reads and validates a YAML file; every error names the file and the line of the bad field:
 * a field the schema does not know at its own line, a missing one ("thiếu trường") at its parent's.
 */
export function readYamlFile<S extends z.ZodType>(text: string, file: string, schema: S): z.infer<S> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line);
  if (doc.errors.length) {
    const err = doc.errors[0]!;
    throw new SourceError(file, lineAt(err.pos[0]), `YAML không hợp lệ: ${err.message.split('\n')[0]}`);
  }
  let data: unknown;
  try {
    // Aliases are resolved here: an unknown one, or a bomb of nested aliases, fails here.
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    const reason = /alias count/i.test(message)
      ? 'quá nhiều bí danh (alias) lồng nhau, tệp có thể là một "bom alias"'
      : /unresolved alias/i.test(message)
        ? `bí danh (alias) chưa được khai báo trước khi dùng (${message})`
        : message;
    throw new SourceError(file, undefined, `YAML không đọc được: ${reason}`, { cause });
  }
  const parsed = schema.safeParse(data, { error: VIETNAMESE });
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const { line, message } = describe(issue, doc, lineAt);
  throw new SourceError(file, line, message);
}

type Path = (string | number)[];

function nodeLine(doc: Document, path: Path, lineAt: (offset: number | undefined) => number | undefined): number | undefined {
  // The field itself, or the nearest parent that exists.
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth ? doc.getIn(path.slice(0, depth), true) : doc.contents;
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    if (range) return lineAt(range[0]);
  }
  return undefined;
}

function describe(issue: Issue, doc: Document, lineAt: (offset: number | undefined) => number | undefined): { line: number | undefined; message: string } {
  const path = issue.path as Path;
  const name = (p: Path) => p.join('.');
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0]!;
    const parent = path.length ? doc.getIn(path, true) : doc.contents;
    const pair = isMap(parent) ? parent.items.find((p) => isScalar(p.key) && p.key.value === key) : undefined;
    const range = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
    return { line: lineAt(range?.[0]) ?? nodeLine(doc, path, lineAt), message: `trường lạ "${name([...path, key])}": mẫu metadata không có trường này` };
  }
  if (path.length && !doc.hasIn(path) && (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union')) {
    return { line: nodeLine(doc, path.slice(0, -1), lineAt), message: `thiếu trường "${name(path)}"` };
  }
  const field = path.length ? `trường "${name(path)}"` : 'tệp';
  return { line: nodeLine(doc, path, lineAt), message: `${field}: ${issue.message}` };
}
