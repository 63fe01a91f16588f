/** Cards rendered ahead on worker threads: the same bytes as inline, into the cache the endpoints read. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { renderCards } from '../../src/lib/cards/pool.ts';
import { documentCards, jobCached, renderJob } from '../../src/lib/cards/site-cards.ts';
import { TREES, SITE } from '../support/cards.ts';

const dirs: string[] = [];
function useCache(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cards-worker-'));
  dirs.push(dir);
  process.env.CARD_CACHE_DIR = dir;
  return dir;
}
afterEach(() => {
  delete process.env.CARD_CACHE_DIR;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('rendering on worker threads', () => {
  const all = documentCards(TREES[0]!, (path) => `${SITE}${path}`);
  // A short card, the longest (on several cards), the document's preview and an article's.
  const cards = all.filter((j) => j.design === 'citation');
  const jobs = [cards[0]!, cards.reduce((a, b) => (b.input.paragraphs.join().length > a.input.paragraphs.join().length ? b : a)), ...all.filter((j) => j.design === 'og').slice(0, 2)];

  it('writes the same PNG bytes a card rendered inline has', { timeout: 120_000 }, async () => {
    const threaded = useCache();
    expect(jobs.some(jobCached)).toBe(false);
    expect(await renderCards(jobs, 2)).toEqual({ rendered: 4, cached: 0, threads: 2 });
    expect(jobs.every(jobCached)).toBe(true);
    const fromThreads = readdirSync(threaded).sort().map((f) => readFileSync(join(threaded, f)));
    // Three single images, and the longest unit's count and its several cards.
    expect(readdirSync(threaded).filter((f) => f.endsWith('.count'))).toHaveLength(2);
    expect(fromThreads.length).toBeGreaterThan(6);

    const inline = useCache();
    for (const job of jobs) await renderJob(job);
    const fromInline = readdirSync(inline).sort().map((f) => readFileSync(join(inline, f)));
    expect(readdirSync(inline).sort()).toEqual(readdirSync(threaded).sort());
    expect(fromInline.filter((file, i) => !file.equals(fromThreads[i]!))).toEqual([]);
  });

  it('renders nothing already cached, and names the card it could not render', { timeout: 120_000 }, async () => {
    useCache();
    await renderJob(jobs[0]!);
    expect(await renderCards(jobs.slice(0, 1), 2)).toEqual({ rendered: 0, cached: 1, threads: 0 });
    // A citation so long that not one word of the quotation fits above it.
    const crowded = { ...cards[0]!, eId: 'dieu-99', input: { ...cards[0]!.input, citation: 'trích dẫn '.repeat(400) } };
    await expect(renderCards([crowded], 1)).rejects.toThrow(/dieu-99: Không xếp vừa/);
  });
});
