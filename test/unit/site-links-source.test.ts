import { describe, expect, it } from 'vitest';
import { checkSiteLinks, describeProblem, pageSources } from '../../src/lib/checks/site-links.ts';

const page = (file: string, body: string) => ({ file, html: `<!doctype html><html><body>${body}</body></html>` });

describe('a link or id problem names the MDX file and the unit', () => {
  it('names the unit around a broken link and the repeated id, and the MDX of the document page', () => {
    const problems = checkSiteLinks(
      [page('van-ban/a/index.html', '<section id="dieu-2"><p id="dieu-2__khoan-1"><a href="#dieu-9">x</a></p></section><p id="dieu-3"></p><p id="dieu-3"></p>')],
      { base: '/', exists: () => false },
    );
    const sourceOf = pageSources(['content/documents/a.mdx', 'content/documents/b.mdx']);
    expect(problems.map((p) => describeProblem(p, sourceOf))).toEqual([
      'content/documents/a.mdx, đơn vị dieu-3 (trang van-ban/a/index.html): #dieu-3 — id "dieu-3" xuất hiện hơn một lần trong trang',
      'content/documents/a.mdx, đơn vị dieu-2__khoan-1 (trang van-ban/a/index.html): #dieu-9 — trang van-ban/a/index.html không có id "dieu-9"',
    ]);
  });

  it('names a page under a document (a share page) by that document, and any other page by itself', () => {
    const sourceOf = pageSources(['content/documents/a.mdx']);
    expect(sourceOf('van-ban/a/dieu-1/index.html')).toBe('content/documents/a.mdx');
    expect(sourceOf('van-ban/ab/index.html')).toBeUndefined();
    expect(describeProblem({ file: 'index.html', link: '/x/', message: 'không có tệp x/index.html' }, sourceOf)).toBe('index.html: /x/ — không có tệp x/index.html');
  });
});
