/** The link check the build runs over every page (src/integrations/check-links.ts), on small pages. */
import { describe, expect, it } from 'vitest';
import { checkSiteLinks, describeProblem, pageSources } from '../../src/lib/checks/site-links.ts';

const page = (file: string, body: string) => ({ file, html: `<!doctype html><html><body>${body}</body></html>` });
const found = (problems: ReturnType<typeof checkSiteLinks>) => problems.map((p) => `${p.file} ${p.link}`);

describe('the link check', () => {
  it('reports a missing page, a missing anchor and a repeated id, and passes good links', () => {
    const problems = checkSiteLinks(
      [
        page('index.html', '<a href="/van-ban/a/">a</a><a href="/van-ban/b/">b</a><a href="/van-ban/a/#dieu-9">x</a><a href="https://example.org/">out</a>'),
        page('van-ban/a/index.html', '<div id="dieu-1"></div><div id="dieu-1"></div><a href="#dieu-1">ok</a><img src="/_astro/x.png">'),
      ],
      { base: '/', exists: (f) => f === '_astro/x.png' },
    );
    expect(found(problems)).toEqual(['index.html /van-ban/b/', 'index.html /van-ban/a/#dieu-9', 'van-ban/a/index.html #dieu-1']);
  });

  it('says what is wrong with each link, in Vietnamese', () => {
    const problems = checkSiteLinks(
      [page('index.html', '<a href="/van-ban/b/">b</a><a href="/#dieu-9">x</a><span id="a"></span><span id="a"></span><img src="/_astro/y.png">')],
      { base: '/', exists: () => false },
    );
    expect(problems.map((p) => p.message)).toEqual([
      'id "a" xuất hiện hơn một lần trong trang',
      'không có tệp van-ban/b/index.html',
      'trang index.html không có id "dieu-9"',
      'không có tệp _astro/y.png',
    ]);
  });

  it('resolves relative links from the page they are on, and anchors on that page', () => {
    const pages = [
      page('van-ban/a/index.html', '<div id="dieu-1"></div><a href="#dieu-1">here</a><a href="../b/#dieu-2">sibling</a><a href="./#dieu-3">self</a>'),
      page('van-ban/b/index.html', '<div id="dieu-2"></div>'),
    ];
    expect(found(checkSiteLinks(pages, { base: '/', exists: () => false }))).toEqual(['van-ban/a/index.html ./#dieu-3']);
  });

  it('passes every link inside a sub-path and reports links that leave it', () => {
    const pages = [
      page('index.html', '<a href="/so-tay/van-ban/a/#dieu-1">in</a><link href="/so-tay/_astro/s.css"><a href="/van-ban/a/">out</a>'),
      page('van-ban/a/index.html', '<div id="dieu-1"></div>'),
    ];
    const problems = checkSiteLinks(pages, { base: '/so-tay', exists: (f) => f === '_astro/s.css' });
    expect(found(problems)).toEqual(['index.html /van-ban/a/']);
    expect(problems[0]!.message).toMatch(/ra ngoài đường dẫn gốc \/so-tay\//);
  });

  it('leaves mail, telephone, data and other origins alone, and decodes an encoded anchor', () => {
    const pages = [
      page(
        'index.html',
        '<a href="mailto:a@b.vn">m</a><a href="tel:0123">t</a><img src="data:image/png;base64,AA=="><a href="http://other.example/x/">o</a><a href="#%C4%91i%E1%BB%81u">đ</a><b id="điều"></b>',
      ),
    ];
    expect(checkSiteLinks(pages, { base: '/', exists: () => false })).toEqual([]);
  });
});

describe('a link or id problem names the MDX file and the unit', () => {
  it('names the unit around a broken link and the repeated id, and the MDX of the document page', () => {
    const problems = checkSiteLinks(
      [page('van-ban/a/index.html', '<section id="dieu-2"><p id="dieu-2__khoan-1"><a href="#dieu-9">x</a></p></section><p id="dieu-3"></p><p id="dieu-3"></p>')],
      { base: '/', exists: () => false },
    );
    const a = ['---', 'slug: a', '---', '', '<Unit kind="article" eId="dieu-2">', '  <Unit kind="clause" eId="dieu-2__khoan-1">', '  </Unit>', '</Unit>', '<Unit kind="article" eId="dieu-3">'].join('\n');
    const sourceOf = pageSources([{ file: 'content/documents/a.mdx', text: a }, { file: 'content/documents/b.mdx', text: '' }]);
    expect(problems.map((p) => describeProblem(p, sourceOf))).toEqual([
      'content/documents/a.mdx:9, đơn vị dieu-3 (trang van-ban/a/index.html): #dieu-3 — id "dieu-3" xuất hiện hơn một lần trong trang',
      'content/documents/a.mdx:6, đơn vị dieu-2__khoan-1 (trang van-ban/a/index.html): #dieu-9 — trang van-ban/a/index.html không có id "dieu-9"',
    ]);
  });

  it('names a page under a document (a share page) by that document, and any other page by itself', () => {
    const sourceOf = pageSources([{ file: 'content/documents/a.mdx', text: '' }]);
    expect(sourceOf('van-ban/a/dieu-1/index.html')).toBe('content/documents/a.mdx');
    expect(sourceOf('van-ban/ab/index.html')).toBeUndefined();
    expect(describeProblem({ file: 'index.html', link: '/x/', message: 'không có tệp x/index.html' }, sourceOf)).toBe('index.html: /x/ — không có tệp x/index.html');
  });
});
