/** The comparison pages as built: what they say and link to, read from dist/. */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import type { DocumentComparison } from '../../src/lib/compare/comparisons.ts';
import { markedRunsInSource } from '../support/marked-runs.ts';
import { DIST } from '../support/paths.ts';
import { readPage } from '../support/site.ts';

const REGULATION = 'quy-dinh-neu-guong-dien-bien';
const DIRECTIVE = 'chi-thi-ky-luat-hanh-chinh-lao-cai';
const RULES = 'quy-che-lam-viec-tinh-uy-dien-bien';
const text = (tree: Parameters<typeof select>[1], selector: string) => toString(select(selector, tree)!).replace(/\s+/g, ' ');

describe('document pages', () => {
  for (const [slug, replaced] of [
    [REGULATION, 'Quy định số 4871-QĐ/TU'],
    [RULES, 'Quy chế số 01-QC/TU'],
  ] as const) {
    it(`${slug} says the text it replaces is not in the library, and links to where adding it is explained`, () => {
      const page = readPage(`van-ban/${slug}/index.html`);
      const note = text(page, '.doc-compare');
      expect(note).toContain(replaced);
      expect(note).toContain('chưa có trong Sổ tay');
      expect(note).not.toMatch(/npm|\.yaml|content\//);
      expect(selectAll('.doc-compare-missing a', page).map((a) => a.properties.href)).toEqual(['/gioi-thieu/#them-van-ban']);
    });
  }

  it('the Quy chế links to its amendments, the regulation to its comparisons', () => {
    const rules = readPage(`van-ban/${RULES}/index.html`);
    expect(selectAll('.doc-compare a', rules).map((a) => a.properties.href)).toContain(`/van-ban/${RULES}/sua-doi/`);
    const regulation = readPage(`van-ban/${REGULATION}/index.html`);
    expect(selectAll('.doc-compare a', regulation).map((a) => a.properties.href)).toContain(`/so-sanh/${REGULATION}/${DIRECTIVE}/`);
    expect(selectAll('.doc-compare a', regulation).map((a) => a.properties.href)).not.toContain(`/van-ban/${REGULATION}/sua-doi/`);
  });

  it('load no comparison script: the toggles’ JavaScript is on comparison pages only', () => {
    const doc = readFileSync(`${DIST}van-ban/${REGULATION}/index.html`, 'utf8');
    const versions = readFileSync(`${DIST}van-ban/${RULES}/sua-doi/index.html`, 'utf8');
    const script = (html: string) => [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
    const compareScripts = script(versions).filter((s) => !script(doc).includes(s));
    expect(compareScripts.length).toBeGreaterThan(0);
    for (const src of compareScripts) {
      const size = gzipSync(readFileSync(`${DIST}${src.replace(/^\//, '')}`)).length;
      expect(size, src).toBeLessThan(3 * 1024);
    }
  });
});

describe('amendments of the Quy chế làm việc', () => {
  const page = readPage(`van-ban/${RULES}/sua-doi/index.html`);

  it('shows as many amendments as the source marks outside headings', () => {
    const marked = markedRunsInSource('004_cdcf607f15aa0d9f.txt');
    expect(selectAll('.amend-text .amend[data-change]', page)).toHaveLength(marked);
    expect(text(page, '#chu-giai')).toContain(`${marked} chỗ được đánh dấu`);
  });

  it('lists each article with its count, and the counts add up', () => {
    const rows = selectAll('.amend-table tbody tr', page);
    const total = rows.reduce((n, r) => n + Number(toString(selectAll('td', r).at(-1)!)), 0);
    expect(total).toBe(selectAll('.amend-text .amend', page).length);
    const dieu2 = rows.find((r) => toString(select('th', r)!).startsWith('Điều 2.'))!;
    expect(Number(toString(selectAll('td', dieu2).at(-1)!))).toBe(selectAll('#dieu-2 .amend', page).length);
  });

  it('labels the reading before the amendments as approximate: deletions cannot be recovered', () => {
    expect(text(page, '.reading-note')).toMatch(/gần đúng.*không hiện lại được/);
  });
});

describe('two documents side by side', () => {
  const page = readPage(`so-sanh/${REGULATION}/${DIRECTIVE}/index.html`);
  const json = JSON.parse(readFileSync(`${DIST}api/so-sanh/${REGULATION}--${DIRECTIVE}.json`, 'utf8')) as DocumentComparison;

  it('shows "rõ người, rõ việc, rõ thời gian, rõ trách nhiệm" highlighted on both sides of one pair', () => {
    const left = select(`#a-dieu-2__khoan-4`, page)!;
    const right = select(`#b-diem-1__doan-3`, page)!;
    for (const side of [left, right]) {
      expect(selectAll('mark.shared', side).map((m) => toString(m)).join(' | ')).toContain('rõ người, rõ việc, rõ thời gian, rõ trách nhiệm');
    }
  });

  it('lists what only Điện Biên and only Lào Cai require', () => {
    expect(text(page, '#chi-co-a')).toMatch(/^Chỉ có ở Điện Biên \(\d+\)$/);
    expect(text(page, '#chi-co-b')).toMatch(/^Chỉ có ở Lào Cai \(\d+\)$/);
    expect(select('#a-dieu-3__khoan-6', page)!.tagName).toBe('li');
    expect(json.onlyA).toContain('dieu-3__khoan-6');
  });

  it('draws the whole alignment as SVG where every bar and band is a named link', () => {
    const svg = select('svg.ribbon', page)!;
    expect(svg.properties.role).toBe('group');
    const links = selectAll('a', svg);
    expect(links).toHaveLength(json.a.length + json.b.length + json.pairs.length);
    for (const link of links) {
      expect(String(link.properties.href)).toMatch(/^#[ab]-/);
      expect(toString(select('title', link)!)).not.toBe('');
    }
    expect(selectAll('a.ribbon__band', svg).map((a) => toString(select('title', a)!))).toContain(
      `Khoản 4 Điều 2 (Điện Biên) và Đoạn 3 điểm 1 (Lào Cai): độ tương đồng ${json.pairs.find((p) => p.a === 'dieu-2__khoan-4')!.score.toFixed(2).replace('.', ',')}`,
    );
  });

  it('serves the same alignment as JSON, with scores and shared phrases', () => {
    expect(json.kind).toBe('tuong-dong');
    const pair = json.pairs.find((p) => p.a === 'dieu-2__khoan-4')!;
    expect(pair).toMatchObject({ b: 'diem-1__doan-3', score: expect.any(Number) });
    expect(pair.phrases.length).toBeGreaterThan(0);
    // One row per group, the column heads aside; each pair's two passages are in its group's row.
    expect(selectAll('.pair', page).length - 1).toBe(json.groups.length);
    for (const p of json.pairs) {
      const row = select(`#nhom-${p.group + 1}`, page)!;
      const links = selectAll('.pair__label a', row).map((a) => String(a.properties.href));
      expect(links).toContain(`/van-ban/${REGULATION}/#${p.a}`);
      expect(links).toContain(`/van-ban/${DIRECTIVE}/#${p.b}`);
    }
  });

  it('says on every side of every pair which province and which document it is', () => {
    for (const row of selectAll('.pair:not(.pair--head)', page)) {
      const [left, right] = selectAll('.pair__column', row);
      for (const side of selectAll('.pair__side', left!)) expect(text(side, '.pair__doc')).toBe('Quy định nêu gương (Điện Biên)');
      for (const side of selectAll('.pair__side', right!)) expect(text(side, '.pair__doc')).toBe('Chỉ thị kỷ luật hành chính (Lào Cai)');
    }
  });

  it('compares what the two texts rest on and cite, linked to the cited-document pages', () => {
    expect(json.bases.both.map((r) => r.id)).toEqual(['05-ct-tw-2016', '21-kl-tw-2021']);
    const rows = selectAll('#can-cu ~ table tbody tr', page).filter((tr) => select('th[scope=row]', tr));
    expect(rows).toHaveLength(json.bases.both.length + json.bases.onlyLeft.length + json.bases.onlyRight.length);
    const basis = rows.find((tr) => toString(select('th', tr)!).includes('144-QĐ/TW'))!;
    expect(String(select('th a', basis)!.properties.href)).toMatch(/^\/dan-chieu\/144-qd-tw-2024\/$/);
    expect(toString(selectAll('td', basis)[0]!)).toMatch(/Căn cứ thứ 4 \(căn cứ\)/);
    expect(toString(selectAll('td', basis)[1]!)).toBe('không dẫn chiếu');
  });

  it('is featured on /so-sanh/ with the regulation against the guideline', () => {
    const index = readPage('so-sanh/index.html');
    const featured = selectAll('#noi-bat ~ ul a', index).map((a) => a.properties.href);
    expect(featured).toEqual([`/so-sanh/${REGULATION}/${DIRECTIVE}/`, `/so-sanh/${REGULATION}/huong-dan-neu-guong/`]);
  });
});
