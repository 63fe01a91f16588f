import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verifyGeneratedDocument } from '../../src/lib/importer/verify-documents.ts';
import { DOCUMENTS } from '../support/paths.ts';

const SLUG = 'huong-dan-neu-guong';
const mdx = readFileSync(`${DOCUMENTS}${SLUG}.mdx`, 'utf8');
const json = readFileSync(`${DOCUMENTS}${SLUG}.json`, 'utf8');
const check = (text: string, tree: string | undefined = json) => () => verifyGeneratedDocument(`${SLUG}.mdx`, text, `${SLUG}.json`, tree);
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

describe('the build checks each generated MDX against its JSON', () => {
  it('passes the committed documents', () => {
    expect(check(mdx)).not.toThrow();
  });

  it('refuses code added by hand, naming the file and the line', () => {
    const esm = "export const x = process.getBuiltinModule('node:fs').writeFileSync('/tmp/x', 'x')";
    const edited = mdx.replace('\n---\n\n', `\n---\n\n${esm}\n\n`);
    expect(check(edited)).toThrow(new RegExp(`^${SLUG}\\.mdx:${lineOf(edited, esm)}: MDX chứa mã hoặc HTML thô \\(mdxjsEsm\\)`));
    const expression = mdx.replace('<Unit kind="point"', '{globalThis.x = 1}<Unit kind="point"');
    expect(check(expression)).toThrow(/MDX chứa mã hoặc HTML thô \(mdxFlowExpression\)/);
    expect(check(mdx.replace('<Unit kind="point"', '<Hack /><Unit kind="point"'))).toThrow(/thành phần lạ <Hack>/);
  });

  it('refuses changed words at their unit, and any other changed byte at its line', () => {
    expect(check(mdx.replace('Tạo phong trào', 'Tạo phong trào lớn'))).toThrow(new RegExp(`^${SLUG}\\.mdx:\\d+: nội dung của đơn vị "muc-I__diem-2"`));
    const hash = mdx.replace(/sourceSha256: \w/, 'sourceSha256: 0');
    expect(check(hash)).toThrow(new RegExp(`^${SLUG}\\.mdx:${lineOf(hash, 'sourceSha256: 0')}: khác với những gì trình nhập sinh ra từ ${SLUG}\\.json`));
  });

  it('refuses a tree in which two units share an id', () => {
    const tree = JSON.parse(json) as { body: { eId: string }[] };
    tree.body[1]!.eId = tree.body[0]!.eId;
    expect(check(mdx, JSON.stringify(tree))).toThrow(new RegExp(`^${SLUG}\\.mdx: id "muc-I" có hai đơn vị trong cây văn bản`));
  });

  it('refuses an MDX without its JSON, or with a JSON that is not a tree', () => {
    expect(() => verifyGeneratedDocument(`${SLUG}.mdx`, mdx, `${SLUG}.json`, undefined)).toThrow(new RegExp(`^${SLUG}\\.mdx: không có ${SLUG}\\.json đi kèm`));
    expect(check(mdx, '{')).toThrow(new RegExp(`^${SLUG}\\.json: JSON không hợp lệ`));
    expect(check(mdx, '{}')).toThrow(new RegExp(`^${SLUG}\\.json: cây văn bản không hợp lệ`));
  });
});
