/**
 * On the built pages: each document says whether it binds and why, each reason links to the
 * unit whose words it quotes, what it replaced and what replaced it are links, its family is a
 * timeline, and the relationship picture draws replacement as its own edge.
 */
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { isMoved } from '../../src/lib/routes.ts';
import { builtPages } from '../support/pages.ts';
import { SLUGS } from '../support/paths.ts';
import { readPage, withoutEditorial } from '../support/site.ts';

const page = (slug: string) => readPage(`van-ban/${slug}/index.html`);
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const text = (el: Element | undefined) => squash(toString(el!));
const hrefs = (els: Element[]) => els.map((a) => String(a.properties.href));

/** The element an in-site link points at, on its own built page. */
function linked(href: string): Element | undefined {
  const [path, id] = href.split('#');
  const tree = withoutEditorial(readPage(`${path!.replace(/^\//, '')}index.html`));
  return id ? (select(`[id="${id}"]`, tree) as Element | undefined) : undefined;
}

/** The facts panel's value for a term, and its link. */
function fact(slug: string, term: string): { value: string; href?: string } | undefined {
  const div = selectAll('.doc-facts .fact', page(slug)).find((d) => text(select('dt', d)) === term);
  if (!div) return undefined;
  const a = select('dd a', div);
  return { value: text(select('dd', div)), ...(a ? { href: String(a.properties.href) } : {}) };
}

describe('the status on each document page', () => {
  const expected: Record<string, string> = {
    'quy-dinh-neu-guong-dien-bien': 'Dự thảo',
    'huong-dan-neu-guong': 'Có hiệu lực',
    'chi-thi-ky-luat-hanh-chinh-lao-cai': 'Không rõ',
    'quy-che-lam-viec-tinh-uy-dien-bien': 'Bị thay thế',
  };

  it('is shown at the top with why, and every quoted sentence links to the unit that writes it', () => {
    for (const slug of Object.values(SLUGS)) {
      const panel = select('.doc-status', page(slug))!;
      expect(text(select('.doc-status__title', panel)), slug).toBe(`Tình trạng: ${expected[slug]}`);
      expect(text(select('.doc-status__reason', panel)).length, slug).toBeGreaterThan(40);
      for (const li of selectAll('.doc-status__evidence li', panel)) {
        const quote = text(select('q', li));
        const href = String(select('a', li)!.properties.href);
        const target = linked(href);
        expect(target, href).toBeDefined();
        expect(text(target), `${slug}: ${href}`).toContain(quote);
      }
    }
  });

  it('backs "Có hiệu lực" with the sentence that says so', () => {
    const items = selectAll('.doc-status__evidence li', page('huong-dan-neu-guong'));
    expect(items.map(text)).toContain('Hướng dẫn này có hiệu lực kể từ ngày ký (Điểm 4 Mục V)');
  });

  it('tells why the khóa XIV working rules are replaced, with the 2026 draft’s basis line as the link', () => {
    const items = selectAll('.doc-status__evidence li', page('quy-che-lam-viec-tinh-uy-dien-bien'));
    const basis = items.find((li) => text(li).includes('khóa XV'))!;
    expect(String(select('a', basis)!.properties.href)).toBe('/van-ban/quy-dinh-neu-guong-dien-bien/#can-cu-5');
    expect(text(select('a', basis))).toBe('Căn cứ thứ 5, Quy định nêu gương (Điện Biên)');
  });

  it('lists "Thay thế" and "Bị thay thế bởi" as links to the page of each document', () => {
    expect(fact('quy-dinh-neu-guong-dien-bien', 'Thay thế')).toEqual({
      value: 'Quy định số 4871-QĐ/TU, ngày 19/4/2019 của Ban Thường vụ Tỉnh ủy',
      href: '/dan-chieu/4871-qd-tu-dien-bien-2019/',
    });
    expect(fact('huong-dan-neu-guong', 'Thay thế một phần')?.href).toBe('/dan-chieu/2338-cv-tu-khong-ghi-tinh-2018/');
    expect(fact('quy-che-lam-viec-tinh-uy-dien-bien', 'Thay thế')?.href).toBe('/dan-chieu/01-qc-tu-dien-bien-2021/');
    expect(fact('quy-che-lam-viec-tinh-uy-dien-bien', 'Bị thay thế bởi')).toEqual({
      value: 'Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh, khóa XV, nhiệm kỳ 2025-2030',
      href: '/dan-chieu/quy-che-lam-viec-dien-bien-khoa-xv/',
    });
    expect(fact('chi-thi-ky-luat-hanh-chinh-lao-cai', 'Thay thế')).toEqual({ value: 'không ghi' });
    expect(fact('chi-thi-ky-luat-hanh-chinh-lao-cai', 'Bị thay thế bởi')).toBeUndefined();
  });
});

describe('the timeline of a document family', () => {
  const timeline = (path: string) =>
    selectAll('.timeline .timeline__entry', readPage(path)).map((li) => ({
      href: String(select('.timeline__link', li)!.properties.href),
      date: text(select('.timeline__date', li)),
      current: li.properties.ariaCurrent === 'true',
      step: selectAll('.timeline__step', li).map(text),
    }));

  it('runs 4871-QĐ/TU (19/4/2019) → the 2026 draft, which replaces it once issued', () => {
    expect(timeline('van-ban/quy-dinh-neu-guong-dien-bien/index.html')).toEqual([
      { href: '/dan-chieu/4871-qd-tu-dien-bien-2019/', date: 'ngày 19/4/2019', current: false, step: [] },
      { href: '/van-ban/quy-dinh-neu-guong-dien-bien/', date: 'ngày …/02/2026 (chưa ghi ngày)', current: true, step: ['thay thế văn bản trên (khi dự thảo được ban hành)'] },
    ]);
  });

  it('runs Quy chế 01-QC/TU (09/01/2021) → the khóa XIV Quy chế → the khóa XV one, on each of their pages', () => {
    const expected = [
      { href: '/dan-chieu/01-qc-tu-dien-bien-2021/', date: 'ngày 09/01/2021', current: false, step: [] },
      { href: '/van-ban/quy-che-lam-viec-tinh-uy-dien-bien/', date: 'không ghi ngày; có dẫn chiếu văn bản ngày 18/08/2022', current: true, step: ['thay thế văn bản trên'] },
      { href: '/dan-chieu/quy-che-lam-viec-dien-bien-khoa-xv/', date: 'không văn bản nào ghi ngày', current: false, step: ['thay thế văn bản trên'] },
    ];
    expect(timeline('van-ban/quy-che-lam-viec-tinh-uy-dien-bien/index.html')).toEqual(expected);
    expect(timeline('dan-chieu/quy-che-lam-viec-dien-bien-khoa-xv/index.html')).toEqual(expected.map((e, i) => ({ ...e, current: i === 2 })));
  });

  it('runs the 2018 form of Công văn 2338-CV/TU → the guideline’s form, linked to the form itself', () => {
    const entries = timeline('van-ban/huong-dan-neu-guong/index.html');
    expect(entries.map((e) => [e.href, e.date, e.step])).toEqual([
      ['/dan-chieu/2338-cv-tu-khong-ghi-tinh-2018/', 'ngày 28/02/2018', []],
      ['/van-ban/huong-dan-neu-guong/#mau-1', 'không ghi ngày; có dẫn chiếu văn bản ngày 29/11/2021', ['thay thế một phần văn bản trên']],
    ]);
    expect(linked('/van-ban/huong-dan-neu-guong/#mau-1')).toBeDefined();
  });

  it('is absent where no text replaced or was replaced', () => {
    expect(select('.timeline', page('chi-thi-ky-luat-hanh-chinh-lao-cai'))).toBeUndefined();
  });
});

describe('Lịch sử nhập', () => {
  it('shows on each document page when its source was imported, with the hash', () => {
    for (const slug of Object.values(SLUGS)) {
      const rows = selectAll('.import-history li', page(slug));
      expect(rows, slug).toHaveLength(1);
      expect(text(rows[0])).toMatch(/^23\/11\/2026: nhập vào thư viện, mã sha256 [0-9a-f]{12}$/);
    }
  });
});

describe('the relationship picture', () => {
  const picture = readPage('luoc-do/index.html');

  it('draws replacement as its own edge, with an arrowhead on the replaced text', () => {
    const replaces = selectAll('.edge--replaces', picture);
    const replacedBy = selectAll('.edge--replacedBy', picture);
    expect(replaces).toHaveLength(3);
    expect(replacedBy).toHaveLength(1);
    expect(text(select('text', replacedBy[0]))).toBe('bị thay bởi');
    for (const g of replaces) expect(select('path', g)!.properties.markerEnd).toMatch(/^url\(#/);
    expect(select('path', replacedBy[0])!.properties.markerStart).toMatch(/^url\(#/);
    expect(selectAll('.diagram-legend li', picture).map(text)).toContain('bị thay bởi: văn bản bên trái bị văn bản bên phải thay thế');
  });

  it('says the same in the table: the khóa XV rules replaced the khóa XIV ones', () => {
    const row = selectAll('.relation-table tbody tr', picture).find((tr) => String(select('th a', tr)!.properties.href).endsWith('/quy-che-lam-viec-dien-bien-khoa-xv/'))!;
    const columns = selectAll('.relation-table thead th a', picture).map((a) => String(a.properties.href));
    const cell = selectAll('td', row)[columns.indexOf('/van-ban/quy-che-lam-viec-tinh-uy-dien-bien/')];
    expect(text(cell)).toBe('bị văn bản này thay thế');
  });
});

describe('feeds in the head', () => {
  it('every page links the library’s Atom feed; a document page also its province’s', () => {
    // Pages of a moved section only send old links on (src/layouts/Moved.astro): no head to speak of.
    for (const path of builtPages().filter((p) => !isMoved(p))) {
      const tree = readPage(path === '' || path.endsWith('/') ? `${path}index.html` : path);
      const feeds = hrefs(selectAll('head link[rel="alternate"][type="application/atom+xml"]', tree));
      expect(feeds[0], path).toBe('/feed.xml');
    }
    expect(hrefs(selectAll('head link[type="application/atom+xml"]', page('chi-thi-ky-luat-hanh-chinh-lao-cai')))).toEqual(['/feed.xml', '/feed/lao-cai.xml']);
    expect(hrefs(selectAll('head link[type="application/atom+xml"]', page('huong-dan-neu-guong')))).toEqual(['/feed.xml', '/feed/khong-ghi-tinh.xml']);
  });
});
