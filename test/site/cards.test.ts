/** Cards and link previews in the built site: every unit's card, every page's og: tags, the share pages. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { shareableUnits } from '../../src/lib/model/tree.ts';
import { documentCitation, unitCitation } from '../../src/lib/model/pinpoint.ts';
import { documentTree } from '../support/documents.ts';
import { DIST, SLUGS } from '../support/paths.ts';
import { pngSize } from '../support/png.ts';
import { readPage } from '../support/site.ts';

const SITE = 'http://localhost:4321/';
const meta = (tree: ReturnType<typeof readPage>, key: string) =>
  (select(`meta[property="${key}"], meta[name="${key}"]`, tree)?.properties.content as string | undefined) ?? null;
/** The size of the PNG a site URL points to. */
const imageSize = (url: string) => {
  const file = `${DIST}${url.replace(SITE, '')}`;
  return existsSync(file) ? pngSize(readFileSync(file)) : null;
};

describe.each(Object.values(SLUGS))('%s', (slug) => {
  const page = readPage(`van-ban/${slug}/index.html`);
  const article = select('article.document', page)!;
  const tree = documentTree(slug);

  it('has a 1920×1080 card for every unit the tools are added to', () => {
    const ids = selectAll('.doc-text .unit[id]', page).map((u) => u.properties.id as string);
    expect(ids.length).toBeGreaterThan(20);
    expect(article.properties.dataSlug).toBe(slug);
    const wrong = ids.filter((id) => JSON.stringify(imageSize(`${SITE}the/${slug}/${id}.png`)) !== '{"width":1920,"height":1080}');
    expect(wrong).toEqual([]);
  });

  it('has every card the unit facts count for a long unit ("thẻ 2/n"…), and none beyond', () => {
    const facts = JSON.parse(readFileSync(`${DIST}van-ban/${slug}/don-vi.json`, 'utf8')) as { units: Array<{ id: string; cards?: number }> };
    const long = facts.units.filter((u) => u.cards);
    expect(long.every((u) => u.cards! > 1)).toBe(true);
    for (const unit of facts.units) {
      const dir = `${DIST}the/${slug}/${unit.id}/`;
      const expected = Array.from({ length: (unit.cards ?? 1) - 1 }, (_, i) => `${i + 2}.png`);
      expect(existsSync(dir) ? readdirSync(dir).sort((a, b) => parseInt(a) - parseInt(b)) : [], unit.id).toEqual(expected);
      for (const file of expected) expect(pngSize(readFileSync(`${dir}${file}`)), `${unit.id}/${file}`).toEqual({ width: 1920, height: 1080 });
    }
  });

  it('has Open Graph and Twitter tags with an absolute 1200×630 image', () => {
    expect(meta(page, 'og:title')).toContain(tree.meta.shortTitle);
    expect(meta(page, 'og:url')).toBe(`${SITE}van-ban/${slug}/`);
    expect(meta(page, 'og:image')).toBe(`${SITE}og/${slug}.png`);
    expect(imageSize(meta(page, 'og:image')!)).toEqual({ width: 1200, height: 630 });
    expect([meta(page, 'og:image:width'), meta(page, 'og:image:height')]).toEqual(['1200', '630']);
    expect(meta(page, 'twitter:card')).toBe('summary_large_image');
  });

  it('gives each article a share page with its own preview, its citation and the way back', () => {
    const articles = shareableUnits(tree);
    expect(articles.length).toBeGreaterThan(3);
    // The unit tools offer "Chia sẻ" where the unit facts say there is a share page.
    const facts = JSON.parse(readFileSync(`${DIST}van-ban/${slug}/don-vi.json`, 'utf8')) as { units: Array<{ id: string; share?: true; cards?: number }> };
    expect(facts.units.filter((u) => u.share).map((u) => u.id)).toEqual(articles.map((u) => u.eId));
    for (const unit of articles) {
      const path = `van-ban/${slug}/${unit.eId}/`;
      const share = readPage(`${path}index.html`);
      expect(select('link[rel="canonical"]', share)?.properties.href).toBe(`${SITE}${path}`);
      expect(meta(share, 'og:url')).toBe(`${SITE}${path}`);
      expect(meta(share, 'og:image')).toBe(`${SITE}og/${slug}/${unit.eId}.png`);
      expect(imageSize(meta(share, 'og:image')!), path).toEqual({ width: 1200, height: 630 });
      expect(meta(share, 'twitter:card')).toBe('summary_large_image');
      expect(meta(share, 'og:description')?.length).toBeGreaterThan(10);
      expect(toString(select('.share-citation', share)!)).toContain(unitCitation(documentCitation(tree.meta), unit.label));
      const back = selectAll('a', share).find((a) => toString(a) === 'Xem trong toàn văn');
      expect(back?.properties.href).toBe(`/van-ban/${slug}/#${unit.eId}`);
      expect(select('a[download]', share)?.properties.href).toBe(`/the/${slug}/${unit.eId}.png`);
      const more = selectAll('.share-cards a[download]', share).map((a) => a.properties.href);
      const count = facts.units.find((u) => u.id === unit.eId)!.cards ?? 1;
      expect(more, `${path}: its further cards`).toEqual(Array.from({ length: count - 1 }, (_, i) => `/the/${slug}/${unit.eId}/${i + 2}.png`));
      // Search results stay on the full text: nothing on a share page is indexed.
      expect(selectAll('[data-pagefind-body]', share)).toHaveLength(0);
    }
  });
});
