import { describe, expect, it } from 'vitest';
import { clauseResults, type PageData } from '../../src/lib/search/clauses.ts';

/** A page as Pagefind describes it: words, where units start, where the query matched. */
function page(title: string, text: string, anchors: Record<string, number>, hitWords: string[]): PageData {
  const content = text.split(' ');
  const locations = content.flatMap((w, i) => (hitWords.some((h) => w.toLowerCase().startsWith(h)) ? [i] : []));
  return { url: `/van-ban/${title}/`, content: text, locations, anchors: Object.entries(anchors).map(([id, location]) => ({ id, location })), meta: { title } };
}

describe('clause results', () => {
  const regulation = page(
    'quy-dinh',
    'QUY ĐỊNH Điều 2. Cán bộ phải: 4. Chủ động, theo phương châm: rõ người, rõ việc, rõ thời gian. 5. Thực hành rõ ràng công việc.',
    { 'dieu-2': 2, 'dieu-2__doan-1': 4, 'dieu-2__khoan-4': 7, 'dieu-2__khoan-5': 20, 'noi-dung': 0 },
    ['rõ', 'người', 'việc'],
  );

  it('gives each hit to the innermost unit that starts before it, and names its place', () => {
    const [first] = clauseResults([regulation], 'ro nguoi ro viec');
    expect(first!.eId).toBe('dieu-2__khoan-4');
    expect(first!.path).toEqual(['quy-dinh', 'Điều 2', 'Khoản 4']);
    expect(first!.phrase).toBe(true);
  });

  it('keeps only clauses with every word of the query when there are any', () => {
    const results = clauseResults([regulation], 'ro nguoi ro viec');
    expect(results.map((r) => r.eId)).toEqual(['dieu-2__khoan-4']);
  });

  it('marks in the excerpt only words that match the query', () => {
    const [first] = clauseResults([regulation], 'ro nguoi ro viec');
    expect(first!.excerpt.filter((p) => p.hit).map((p) => p.text)).toEqual(['rõ người, rõ việc, rõ']);
    expect(first!.excerpt.find((p) => !p.hit && p.text.includes('thời'))).toBeDefined();
  });

  it('ranks the phrase above the same words scattered, across pages', () => {
    const scattered = page('chi-thi', 'Điểm 2 rõ việc, đúng người, rõ trách nhiệm.', { 'diem-2': 0 }, ['rõ', 'người', 'việc']);
    const results = clauseResults([scattered, regulation], 'ro nguoi ro viec');
    expect(results.map((r) => `${r.url}#${r.eId}`)).toEqual(['/van-ban/quy-dinh/#dieu-2__khoan-4', '/van-ban/chi-thi/#diem-2']);
  });

  it('ranks a unit with the exact diacritics above one matching only without them', () => {
    const a = page('a', 'Điều 1. ban khoa học', { 'dieu-1': 0 }, ['khoa']);
    const b = page('b', 'Điều 1. toàn khóa họp', { 'dieu-1': 0 }, ['khóa']);
    expect(clauseResults([a, b], 'khóa').map((r) => r.url)).toEqual(['/van-ban/b/', '/van-ban/a/']);
    // Without diacritics in the query, Pagefind's order stands.
    expect(clauseResults([a, b], 'khoa').map((r) => r.url)).toEqual(['/van-ban/a/', '/van-ban/b/']);
  });

  it('matches the last word as a prefix, as Pagefind does, and no other', () => {
    const p = page('p', 'Điều 1. phiếu tín nhiệm khoản', { 'dieu-1': 0 }, ['phiếu', 'tín', 'khoản']);
    expect(clauseResults([p], 'phieu tin')[0]!.coverage).toBe(1);
    expect(clauseResults([p], 'khoa')[0]!.excerpt.some((e) => e.hit && e.text === 'khoản')).toBe(true);
  });

  it('returns nothing for a query without words', () => {
    expect(clauseResults([regulation], ' ,. ')).toEqual([]);
  });
});

describe('results across documents', () => {
  const guideline = page('huong-dan', 'Điều 1. nêu gương a b c 2. nêu gương d 3. nêu gương e', { 'dieu-1': 0, 'dieu-1__khoan-1': 2, 'dieu-1__khoan-2': 7, 'dieu-1__khoan-3': 10 }, ['nêu', 'gương']);
  const regulation = page('quy-dinh', 'Điều 1. trách nhiệm nêu gương của cán bộ đảng viên trong mọi việc làm hằng ngày', { 'dieu-1': 0 }, ['nêu', 'gương']);
  const cited = { ...page('08-qdi', 'Quy định số 08 nêu gương', {}, ['nêu', 'gương']), meta: { title: '08-qdi', 'dan-chieu': '1' } };

  it('shows each document’s best clause before a second from any one, and cited documents’ pages after the texts', () => {
    const results = clauseResults([cited, guideline, regulation], 'neu guong');
    expect(results.map((r) => r.url)).toEqual(['/van-ban/huong-dan/', '/van-ban/quy-dinh/', '/van-ban/huong-dan/', '/van-ban/huong-dan/', '/van-ban/08-qdi/']);
  });
});
