/** The card cache: an unchanged card is read back, not rendered; a changed word renders anew. */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheStats } from '../../src/lib/cards/cache.ts';
import { cardPng } from '../../src/lib/cards/card.ts';
import { CITATION_DESIGN } from '../../src/lib/cards/citation-card.ts';

const INPUT = {
  label: 'Khoản 4 Điều 2',
  paragraphs: ['4. Chủ động xây dựng kế hoạch, đề ra biện pháp cụ thể.'],
  citation: 'Khoản 4 Điều 2 Quy định số …-QĐ/TU',
  permalink: 'http://localhost:4321/van-ban/quy-dinh-neu-guong-dien-bien/#dieu-2__khoan-4',
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cards-'));
  process.env.CARD_CACHE_DIR = dir;
});
afterAll(() => {
  delete process.env.CARD_CACHE_DIR;
  rmSync(dir, { recursive: true, force: true });
});

describe('card cache', () => {
  it('renders a card once, then reads it back byte for byte', async () => {
    const before = { ...cacheStats };
    const first = await cardPng(CITATION_DESIGN, INPUT);
    const again = await cardPng(CITATION_DESIGN, INPUT);
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
    expect([cacheStats.misses - before.misses, cacheStats.hits - before.hits]).toEqual([1, 1]);
    expect(readdirSync(dir).filter((f) => f.endsWith('.png'))).toHaveLength(1);
  });

  it('renders again when a word of the card changes', async () => {
    const before = cacheStats.misses;
    await cardPng(CITATION_DESIGN, { ...INPUT, paragraphs: ['4. Chủ động xây dựng kế hoạch, đề ra giải pháp cụ thể.'] });
    expect(cacheStats.misses - before).toBe(1);
    expect(readdirSync(dir).filter((f) => f.endsWith('.png'))).toHaveLength(2);
  });
});
