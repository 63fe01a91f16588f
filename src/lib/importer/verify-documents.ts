/**
 * What the build checks before it renders a generated document: the MDX is exactly what the
 * importer makes from its JSON (the tree, its metadata and source hash), so a hand edit to
 * either, an `export` or an expression above all, fails the build naming the file and line
 * before MDX runs anything.
 */
import { documentTreeSchema } from '../../schemas/document-tree.ts';
import { toMdx } from './mdx.ts';
import { SourceError } from './source-error.ts';
import { verifyMdx } from './verify-mdx.ts';

const REIMPORT = 'tệp sinh ra không được sửa tay: sửa nguồn hoặc metadata rồi chạy "npm run import"';

/** Throws a SourceError naming `mdxFile` (and its line) when the MDX is not its JSON's. */
export function verifyGeneratedDocument(mdxFile: string, mdx: string, jsonFile: string, json: string | undefined): void {
  if (json === undefined) throw new SourceError(mdxFile, undefined, `không có ${jsonFile} đi kèm; ${REIMPORT}`);
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (cause) {
    throw new SourceError(jsonFile, undefined, `JSON không hợp lệ (${(cause as Error).message}); ${REIMPORT}`, { cause });
  }
  const parsed = documentTreeSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new SourceError(jsonFile, undefined, `cây văn bản không hợp lệ tại ${issue.path.join('.')}: ${issue.message}`);
  }
  const tree = parsed.data;
  // First the reason a reader can act on (code, an unknown component, a unit's words)…
  verifyMdx(mdx, tree, mdxFile);
  // …then any other byte: frontmatter, source hash, layout.
  const expected = toMdx(tree);
  if (mdx !== expected) {
    const a = mdx.split('\n');
    const b = expected.split('\n');
    let line = 0;
    while (line < a.length && a[line] === b[line]) line++;
    throw new SourceError(mdxFile, line + 1, `khác với những gì trình nhập sinh ra từ ${jsonFile}; ${REIMPORT}`);
  }
}
