/** What machines read: sitemap, robots.txt, canonical URLs, schema.org JSON-LD, the JSON API. */
import { readFileSync } from 'node:fs';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { MOVED_SECTIONS, isMoved, routes } from '../../src/lib/routes.ts';
import { documentFrontmatterSchema } from '../../src/schemas/document-meta.ts';
import { documentTreeSchema } from '../../src/schemas/document-tree.ts';
import { builtPages } from '../support/pages.ts';
import { DIST, DOCUMENTS, SLUGS } from '../support/paths.ts';
import { readPage } from '../support/site.ts';

const SITE = 'http://localhost:4321/';
const file = (path: string) => (path === '' || path.endsWith('/') ? `${path}index.html` : path);

describe('sitemap, robots.txt and canonical URLs', () => {
  it('the sitemap at /sitemap.xml lists every page but the 404, the offline answers and the moved ones, and robots.txt points to it', () => {
    const urls = [...readFileSync(`${DIST}sitemap-0.xml`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    const pages = builtPages().filter((p) => p !== '404.html' && !isMoved(p) && !p.startsWith(routes.offline()) && (p.endsWith('/') || p === ''));
    expect(urls.sort()).toEqual(pages.map((p) => `${SITE}${p}`).sort());
    expect(readFileSync(`${DIST}robots.txt`, 'utf8')).toContain(`Sitemap: ${SITE}sitemap.xml`);
    // /sitemap.xml is the index, and the index names the file listed above.
    expect(readFileSync(`${DIST}sitemap.xml`, 'utf8')).toContain(`<loc>${SITE}sitemap-0.xml</loc>`);
  });

  it('every page names its own canonical URL; a moved page names where it went', () => {
    for (const path of builtPages().filter((p) => p !== '404.html')) {
      const link = select('link[rel="canonical"]', readPage(file(path)));
      const moved = Object.entries(MOVED_SECTIONS).find(([from]) => path.startsWith(`${from}/`));
      const expected = moved ? path.replace(`${moved[0]}/`, `${moved[1]}/`) : path;
      expect(link?.properties.href, path).toBe(`${SITE}${expected}`);
    }
  });
});

describe('schema.org Legislation on document pages', () => {
  const ld = (slug: string) => {
    const scripts = selectAll('script[type="application/ld+json"]', readPage(`van-ban/${slug}/index.html`));
    expect(scripts).toHaveLength(1);
    return JSON.parse(toString(scripts[0]!)) as Record<string, unknown>;
  };

  it('describes the Điện Biên draft with what its text says, and only that', () => {
    const data = ld('quy-dinh-neu-guong-dien-bien');
    expect(data['@type']).toBe('Legislation');
    expect(data.legislationIdentifier).toBe('…-QĐ/TU');
    expect(data.legislationDate).toBe('2026-02');
    expect(data.legislationLegalForce).toBe('https://schema.org/NotInForce');
    expect(data.legislationJurisdiction).toMatchObject({ name: 'tỉnh Điện Biên' });
    expect(data.legislationChanges).toEqual([{ '@type': 'Legislation', name: 'Quy định số 4871-QĐ/TU, ngày 19/4/2019 của Ban Thường vụ Tỉnh ủy' }]);
    expect(data.url).toBe(`${SITE}van-ban/quy-dinh-neu-guong-dien-bien/`);
  });

  it('leaves out what a text does not say: the guideline has no number, date or province', () => {
    const data = ld('huong-dan-neu-guong');
    expect(data).not.toHaveProperty('legislationIdentifier');
    expect(data).not.toHaveProperty('legislationDate');
    expect(data).not.toHaveProperty('legislationJurisdiction');
    expect(data.legislationLegalForce).toBe('https://schema.org/InForce');
  });

  it('says the khóa XIV working rules are not in force, and says nothing of the directive whose force no text states', () => {
    expect(ld('quy-che-lam-viec-tinh-uy-dien-bien').legislationLegalForce).toBe('https://schema.org/NotInForce');
    expect(ld('chi-thi-ky-luat-hanh-chinh-lao-cai')).not.toHaveProperty('legislationLegalForce');
  });
});

describe('machine-readable export', () => {
  it('/api/documents.json lists every document with valid metadata and a link to its structure', () => {
    const { documents } = JSON.parse(readFileSync(`${DIST}api/documents.json`, 'utf8')) as { documents: Array<Record<string, unknown>> };
    expect(documents.map((d) => d.slug).sort()).toEqual(Object.values(SLUGS).sort());
    for (const d of documents) {
      const { citation, page, structure, statusEvidence, relations, ...meta } = d;
      expect(documentFrontmatterSchema.safeParse(meta).success).toBe(true);
      expect(citation).toEqual(expect.any(String));
      expect(page).toBe(`/van-ban/${d.slug}/`);
      expect(structure).toBe(`/api/van-ban/${d.slug}.json`);
      expect(statusEvidence).toHaveLength((meta.status as { evidence: unknown[] }).evidence.length);
      expect(relations).toEqual({ replaces: expect.any(Array), replacedBy: expect.any(Array) });
    }
  });

  it('/api/documents.json gives each status its evidence, each quoted sentence with the page of its unit, and what replaced what', () => {
    const { documents } = JSON.parse(readFileSync(`${DIST}api/documents.json`, 'utf8')) as { documents: Array<Record<string, any>> };
    const quy = documents.find((d) => d.slug === 'quy-che-lam-viec-tinh-uy-dien-bien')!;
    expect(quy.status.value).toBe('bi-thay-the');
    expect(quy.statusEvidence).toContainEqual({
      document: 'quy-dinh-neu-guong-dien-bien',
      unit: 'can-cu-5',
      quote: 'Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh, khóa XV, nhiệm kỳ 2025-2030;',
      page: '/van-ban/quy-dinh-neu-guong-dien-bien/#can-cu-5',
    });
    expect(quy.relations).toEqual({
      replaces: [{ label: 'Quy chế số 01-QC/TU, ngày 09/01/2021 của Ban Chấp hành Đảng bộ tỉnh khóa XIV, nhiệm kỳ 2020 - 2025', page: '/dan-chieu/01-qc-tu-dien-bien-2021/' }],
      replacedBy: [{ label: 'Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh, khóa XV, nhiệm kỳ 2025-2030', page: '/dan-chieu/quy-che-lam-viec-dien-bien-khoa-xv/' }],
    });
    expect(documents.find((d) => d.slug === 'chi-thi-ky-luat-hanh-chinh-lao-cai')!.status.value).toBe('khong-ro');
    for (const d of documents) for (const e of d.statusEvidence) if (e.page) expect(e.page).toMatch(/^\/van-ban\/[a-z-]+\/#[a-zA-Z0-9_-]+$/);
  });

  it('/api/van-ban/<slug>.json is the full structure, valid against the same schema', () => {
    for (const slug of Object.values(SLUGS)) {
      const json = readFileSync(`${DIST}api/van-ban/${slug}.json`, 'utf8');
      expect(documentTreeSchema.safeParse(JSON.parse(json)).success).toBe(true);
      expect(JSON.parse(json)).toEqual(JSON.parse(readFileSync(`${DOCUMENTS}${slug}.json`, 'utf8')));
    }
  });
});
