import { describe, expect, it } from 'vitest';
import { count, readPage } from '../support/site.ts';

const page = (slug: string) => readPage(`van-ban/${slug}/index.html`);

describe('built pages follow each document’s structure', () => {
  it('Quy chế làm việc: 5 chương, 31 điều, with their permalink ids', () => {
    const tree = page('quy-che-lam-viec-tinh-uy-dien-bien');
    expect(count(tree, 'section.unit--chapter')).toBe(5);
    expect(count(tree, 'section.unit--article')).toBe(31);
    for (let n = 1; n <= 31; n++) expect(count(tree, `#dieu-${n}`)).toBe(1);
    expect(count(tree, '#dieu-17__khoan-1__diem-4')).toBe(1);
  });

  it('Điện Biên regulation: 4 điều, Điều 2 with 16 khoản, Điều 3 with 12', () => {
    const tree = page('quy-dinh-neu-guong-dien-bien');
    expect(count(tree, 'section.unit--article')).toBe(4);
    expect(count(tree, '#dieu-2 > .unit--clause')).toBe(16);
    expect(count(tree, '#dieu-3 > .unit--clause')).toBe(12);
    expect(count(tree, '#can-cu-1, #can-cu-2, #can-cu-3, #can-cu-4, #can-cu-5')).toBe(5);
    expect(count(tree, '.block--header')).toBe(1);
    expect(count(tree, '#noi-nhan')).toBe(1);
  });

  it('guideline: mục I–V, and the attached form with its own items and footnote', () => {
    const tree = page('huong-dan-neu-guong');
    expect(count(tree, 'section.unit--section')).toBe(5);
    expect(count(tree, '#mau-1 > .unit--point')).toBe(9);
    expect(count(tree, '#mau-1__chu-thich-1')).toBe(1);
    expect(count(tree, '#chu-ky')).toBe(1);
  });

  it('Lào Cai directive: điểm 1–4 and tiết 4.1–4.6', () => {
    const tree = page('chi-thi-ky-luat-hanh-chinh-lao-cai');
    expect(count(tree, '.doc-text > .unit--point')).toBe(4);
    expect(count(tree, '#diem-4 > .unit--subpoint')).toBe(6);
  });

  it('every page is in Vietnamese and has one h1', () => {
    for (const path of ['index.html', 'gioi-thieu/index.html', '404.html', 'van-ban/huong-dan-neu-guong/index.html']) {
      const tree = readPage(path);
      expect(count(tree, 'html[lang="vi"]'), path).toBe(1);
      expect(count(tree, 'h1'), path).toBe(1);
    }
  });

  it('the home page lists the four documents, newest first, with blanks shown as blanks', () => {
    const tree = readPage('index.html');
    const links = count(tree, '.doc-card h2 a');
    expect(links).toBe(4);
    const html = JSON.stringify(tree);
    const order = ['quy-dinh-neu-guong-dien-bien', 'chi-thi-ky-luat-hanh-chinh-lao-cai', 'quy-che-lam-viec-tinh-uy-dien-bien', 'huong-dan-neu-guong'];
    const positions = order.map((slug) => html.indexOf(`/van-ban/${slug}/`));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(html).toContain('chưa ghi');
  });
});
