/**
 * Promise 3 over the built site: every reference to another document is a link to that
 * document's page, and that page lists every clause that cites it. Counts are checked against
 * a plain search of the raw sources for each registry entry's số hiệu and names, which knows
 * nothing of the recognizer.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Element, Root, Text } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CITED, DIST, SLUGS, SOURCES } from '../support/paths.ts';
import { readPage, withoutEditorial } from '../support/site.ts';

interface Entry {
  id: string;
  number: string | null;
  symbol: string | null;
  names: string[];
}

const entries: Entry[] = readdirSync(CITED)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ id: f.replace(/\.yaml$/, ''), names: [], ...parse(readFileSync(`${CITED}${f}`, 'utf8')) }));

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Where `text` mentions the entry: its số hiệu with a hyphen or a space, or one of its names, ignoring case. Overlaps count once. */
function mentions(text: string, entry: Entry): { start: number; end: number }[] {
  const terms = [...entry.names.map(escape)];
  if (entry.number) terms.push(`${entry.number}[- ]${escape(entry.symbol!)}`);
  const found = terms
    .flatMap((t) => [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${t}(?![\\p{L}\\p{N}])`, 'giu'))])
    .map((m) => ({ start: m.index, end: m.index + m[0].length }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter((m, i) => !found.slice(0, i).some((o) => o.start <= m.start && m.end <= o.end));
}

/** A source as words: emphasis stars and footnote tags out, white space single. */
const sourceText = (file: string) =>
  readFileSync(`${SOURCES}${file}`, 'utf8')
    .replace(/<sup>.*?<\/sup>/g, ' ')
    .replace(/\*+/g, '')
    .replace(/\s+/g, ' ');

const sourceCount = new Map(entries.map((e) => [e.id, Object.keys(SLUGS).reduce((n, f) => n + mentions(sourceText(f), e).length, 0)]));

/** The document text of a page, with the href of the link each character is in. */
function linkedText(tree: Root): { text: string; hrefs: (string | undefined)[]; units: (string | undefined)[] } {
  let text = '';
  const hrefs: (string | undefined)[] = [];
  const units: (string | undefined)[] = [];
  const walk = (node: Element | Text, href: string | undefined, unit: string | undefined) => {
    if (node.type === 'text') {
      text += node.value;
      for (let i = 0; i < node.value.length; i++) (hrefs.push(href), units.push(unit));
      return;
    }
    if (node.type !== 'element') return;
    if (node.tagName === 'sup') {
      // A footnote mark is not part of a word: "tỉnh¹" ends with "tỉnh".
      text += ' '.repeat(toString(node).length);
      for (let i = 0; i < toString(node).length; i++) (hrefs.push(href), units.push(unit));
      return;
    }
    const here = node.tagName === 'a' ? String(node.properties.href) : href;
    const classes = (node.properties.className as string[] | undefined) ?? [];
    const inUnit = classes.includes('unit') && typeof node.properties.id === 'string' ? node.properties.id : unit;
    node.children.forEach((c) => walk(c as Element | Text, here, inUnit));
  };
  walk(select('.doc-text', withoutEditorial(tree))!, undefined, undefined);
  return { text, hrefs, units };
}

const pages = Object.values(SLUGS).map((slug) => ({ slug, ...linkedText(readPage(`van-ban/${slug}/index.html`)) }));

describe('citations on the built site', () => {
  it('the registry entries are the documents the sources mention: each at least once', () => {
    for (const e of entries) expect(sourceCount.get(e.id), e.id).toBeGreaterThan(0);
    expect(entries.length).toBe(31);
  });

  it('every mention of a cited document in the four texts is inside one link, to that document’s page', () => {
    let checked = 0;
    for (const page of pages) {
      for (const e of entries) {
        for (const m of mentions(page.text.replace(/\s/g, ' '), e)) {
          const links = new Set(page.hrefs.slice(m.start, m.end));
          expect([...links], `${page.slug}: «${page.text.slice(m.start, m.end)}»`).toEqual([`/dan-chieu/${e.id}/`]);
          checked++;
        }
      }
    }
    expect(checked).toBe([...sourceCount.values()].reduce((a, b) => a + b, 0));
    for (const e of entries) expect(existsSync(`${DIST}dan-chieu/${e.id}/index.html`), e.id).toBe(true);
  });

  it('counts per cited document match the count over the sources: on the index, in links, on its page', () => {
    const index = readPage('dan-chieu/index.html');
    const shown = new Map(
      selectAll('[data-cited-table] tbody tr', index).map((row) => [String(select('th a', row)!.properties.href), Number(toString(select('[data-cited-count]', row)!))]),
    );
    for (const e of entries) {
      const expected = sourceCount.get(e.id);
      const href = `/dan-chieu/${e.id}/`;
      expect(shown.get(href), `index: ${e.id}`).toBe(expected);
      const links = pages.flatMap((p) => {
        const starts = p.hrefs.map((h, i) => (h === href && p.hrefs[i - 1] !== href ? i : -1)).filter((i) => i >= 0);
        return starts;
      });
      expect(links.length, `links: ${e.id}`).toBe(expected);
      expect(selectAll('.citing-list > li', readPage(`dan-chieu/${e.id}/index.html`)).length, `page: ${e.id}`).toBe(expected);
    }
  });

  it('each cited document’s page links back to every citing clause, grouped by citing document', () => {
    for (const page of pages) {
      const seen = new Set<string>();
      page.hrefs.forEach((href, i) => {
        if (!href?.startsWith('/dan-chieu/')) return;
        const key = `${href} ${page.units[i]}`;
        if (seen.has(key)) return;
        seen.add(key);
        const cited = readPage(`${href.slice(1)}index.html`);
        const group = select(`#nhom-${page.slug}`, cited);
        expect(group, `${href} lists ${page.slug}`).toBeTruthy();
        expect(select(`.citing-list a[href="/van-ban/${page.slug}/#${page.units[i]}"]`, cited), `${href} → ${page.slug}#${page.units[i]}`).toBeTruthy();
      });
    }
  });

  it('shows the guideline’s "khóa XII" and "khóa XIII" for Kết luận 21-KL/TW side by side, each with its clauses', () => {
    const page = readPage('dan-chieu/21-kl-tw-2021/index.html');
    const variants = selectAll('.disagreement .variant', page);
    expect(variants.map((v) => toString(select('.variant-value', v)!))).toEqual(['khóa XIII (5 lần)', 'khóa XII (1 lần)']);
    const xii = selectAll('li', variants[1]!);
    expect(xii.map((li) => toString(li))).toEqual(['Hướng dẫn nêu gương, Đoạn 2 điểm 1 Mục III: Kết luận số 21-KL/TW của Ban Chấp hành Trung ương Đảng khóa XII']);
    expect(select('a', xii[0]!)!.properties.href).toMatch(/^\/van-ban\/huong-dan-neu-guong\/#muc-III__/);
    // A document the texts agree about has no such section.
    expect(select('.disagreements', readPage('dan-chieu/101-qd-tw-2012/index.html'))).toBeUndefined();
  });

  it('says a Tỉnh ủy document cited by the guideline has no province named, and keeps Điện Biên’s apart', () => {
    const facts = (id: string) => Object.fromEntries(selectAll('.fact', readPage(`dan-chieu/${id}/index.html`)).map((f) => [toString(select('dt', f)!), toString(select('dd', f)!)]));
    expect(facts('09-qd-tu-khong-ghi-tinh-2017')['Tỉnh']).toBe('không ghi tỉnh (cùng tỉnh với Hướng dẫn nêu gương, văn bản này không ghi tên tỉnh)');
    expect(facts('08-ct-tu-dien-bien-2016')['Tỉnh']).toBe('Điện Biên');
    expect(facts('101-qd-tw-2012')).toMatchObject({ 'Cấp': 'Trung ương', 'Ngày ban hành': '07/06/2012', 'Cơ quan ban hành': 'Ban Bí thư', 'Tên thường gọi': 'Quy định 101; QĐ 101; 101-QĐ/TW' });
    expect(facts('101-qd-tw-2012')['Tỉnh']).toBeUndefined();
  });

  it('keeps a citation inside an amended (bold) passage of the working rules one link over the whole phrase, bold as written', () => {
    const rules = readPage('van-ban/quy-che-lam-viec-tinh-uy-dien-bien/index.html');
    const phrase80 = 'Quy định số 80-QĐ/TW, ngày 18/8/2022 của Bộ Chính trị';
    const phrase01 = 'Quy chế số 01-QC/TU, ngày 09/01/2021 của Ban Chấp hành Đảng bộ tỉnh khóa XIV, nhiệm kỳ 2020 - 2025';
    for (const [unit, phrase, bold] of [
      ['can-cu-5', phrase80, `Căn cứ ${phrase80} về phân cấp quản lý cán bộ và bổ nhiệm, giới thiệu cán bộ ứng cử;`],
      ['dieu-31__doan-1', phrase01, `và thay thế ${phrase01}.`],
    ] as const) {
      const links = selectAll(`[id="${unit}"] a.cite`, rules);
      expect(links.map((a) => toString(a)), unit).toEqual([phrase]);
      expect(toString(select('strong', links[0]!)!), unit).toBe(phrase);
      // The bold runs on either side of the link: the amendment mark is not cut short.
      expect(selectAll(`[id="${unit}"] > p strong`, rules).map((b) => toString(b)).join(''), unit).toBe(bold);
    }
  });

  it('links "Điều 1 Quy chế này" and "Điều 4 của Quy chế này" to their articles on the same page', () => {
    const rules = readPage('van-ban/quy-che-lam-viec-tinh-uy-dien-bien/index.html');
    expect(selectAll('.doc-text a.unit-ref', rules).map((a) => [toString(a), a.properties.href])).toEqual([
      ['Điều 1 Quy chế này', '#dieu-1'],
      ['Điều 4 của Quy chế này', '#dieu-4'],
    ]);
  });

  it('gives each document page a side panel of what it cites, most often first, with counts', () => {
    const panel = select('.cited-panel', readPage('van-ban/huong-dan-neu-guong/index.html'))!;
    const items = selectAll('li', panel).map((li) => [toString(select('a', li)!), toString(select('.visually-hidden', li)!)]);
    expect(items[0]).toEqual(['Nghị quyết số 04-NQ/TW', '8 lần']);
    const counts = items.map(([, n]) => Number.parseInt(n!, 10));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const guideline = pages.find((p) => p.slug === 'huong-dan-neu-guong')!;
    expect(counts.reduce((a, b) => a + b, 0)).toBe(entries.reduce((n, e) => n + mentions(guideline.text.replace(/\s/g, ' '), e).length, 0));
  });

  it('lists every cited document on the index without JavaScript, most cited first; the filters wait for the script', () => {
    const index = readPage('dan-chieu/index.html');
    const counts = selectAll('[data-cited-count]', index).map((c) => Number(toString(c)));
    expect(counts.length).toBe(entries.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(select('[data-cited-filters]', index)!.properties.hidden).toBe(true);
  });

  it('draws the relationship picture as accessible SVG: a title, a description, every node a link to a page', () => {
    const page = readPage('luoc-do/index.html');
    const svg = select('svg.diagram', page)!;
    expect(toString(select('title', svg)!)).toBe('Lược đồ dẫn chiếu');
    expect(toString(select('desc', svg)!)).toMatch(/^Bên trái là 4 văn bản .* bên phải là 31 văn bản/);
    const nodes = selectAll('.diagram-nodes > a', svg);
    expect(nodes.length).toBe(4 + entries.length);
    for (const a of nodes) {
      expect(existsSync(`${DIST}${String(a.properties.href).slice(1)}index.html`), String(a.properties.href)).toBe(true);
      expect(toString(select('title', a)!)).toMatch(/lần|văn bản/);
    }
    const labels = selectAll('.diagram-edges text', svg).map((t) => toString(t));
    expect(new Set(labels.map((l) => l.replace(/ ×\d+$/, '')))).toEqual(new Set(['căn cứ', 'thay thế', 'bị thay bởi', 'thực hiện', 'dẫn chiếu']));
    // The same facts as a table: one row per cited document, one column per document.
    expect(selectAll('.relation-table tbody tr', page).length).toBe(entries.length);
    expect(toString(select('.relation-table tbody tr', page)!)).toMatch(/^Điều lệ Đảng/);
  });
});
