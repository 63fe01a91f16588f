/**
 * Every citation card of every unit of the four documents, laid out by satori as the build lays
 * them out: no text below 40 px, every word of the unit on exactly one of its cards, in order,
 * and the built site has exactly those cards.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { layOutPages } from '../../src/lib/cards/card.ts';
import { CITATION_LADDER } from '../../src/lib/cards/citation-card.ts';
import { citationCards, TREES } from '../support/cards.ts';
import { DIST } from '../support/paths.ts';

const words = (paragraphs: readonly string[]) => paragraphs.join(' ').split(/\s+/).filter(Boolean);

describe.each(TREES.map((t) => [t.meta.slug, t] as const))('%s', (slug, tree) => {
  it('every card of every unit: at 40 px or more, all the unit’s words across its cards, each card built', async () => {
    const facts = JSON.parse(readFileSync(`${DIST}van-ban/${slug}/don-vi.json`, 'utf8')) as { units: Array<{ id: string; cards?: number }> };
    const counts = new Map(facts.units.map((u) => [u.id, u.cards ?? 1]));
    const problems: string[] = [];
    for (const card of citationCards(tree)) {
      const eId = card.name.split('/').at(-1)!;
      const pages = await layOutPages(card.design, card.input);
      if (pages.some((p) => p.fitted.fontSize < CITATION_LADDER.at(-1)!)) problems.push(`${eId}: text below 40 px`);
      if (words(pages.flatMap((p) => p.fitted.paragraphs)).join(' ') !== words(card.input.paragraphs).join(' ')) problems.push(`${eId}: words lost or repeated`);
      if (counts.get(eId) !== pages.length) problems.push(`${eId}: ${pages.length} cards, the unit facts say ${counts.get(eId)}`);
      const more = existsSync(`${DIST}the/${slug}/${eId}`) ? readdirSync(`${DIST}the/${slug}/${eId}`).length : 0;
      if (!existsSync(`${DIST}the/${slug}/${eId}.png`) || more !== pages.length - 1) problems.push(`${eId}: ${1 + more} cards built for ${pages.length}`);
    }
    expect(CITATION_LADDER.at(-1)).toBeGreaterThanOrEqual(40);
    expect(problems).toEqual([]);
  }, 600_000);
});
