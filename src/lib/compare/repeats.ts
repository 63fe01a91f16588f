/**
 * Where a text repeats itself: the guideline's pledge form restates section III item by item.
 * A passage is a repeat when most of its words (runs of five syllables) stand in earlier
 * passages of the same text and it restates a good part of each of them; the alignment pairs
 * the earlier passages, the text itself, and notes the repeat beside them.
 *
 * One pass over the text with an index of five-syllable runs: linear in its length.
 */
import type { Passage } from './passages.ts';
import { syllables } from './syllables.ts';

const RUN = 5;
/** Share of a passage's runs found earlier for it to be a repeat. */
const REPEATED = 0.7;
/** Share of an earlier passage's runs the repeat must restate to count as repeating it. */
const RESTATED = 0.3;

function runsOf(text: string): string[] {
  const keys = syllables(text).map((s) => s.key);
  const out: string[] = [];
  for (let i = 0; i + RUN <= keys.length; i++) out.push(keys.slice(i, i + RUN).join(' '));
  return [...new Set(out)];
}

/** For each repeating passage, the earlier passages it restates, in document order. */
export function repeatsIn(passages: readonly Passage[]): Map<string, string[]> {
  const seen = new Map<string, number[]>();
  const sizes: number[] = [];
  const repeats = new Map<string, string[]>();
  passages.forEach((p, index) => {
    const runs = runsOf(p.reading);
    sizes.push(runs.length);
    const shared = new Map<number, number>();
    let found = 0;
    for (const run of runs) {
      const earlier = seen.get(run);
      if (earlier) {
        found++;
        for (const e of earlier) shared.set(e, (shared.get(e) ?? 0) + 1);
      }
    }
    if (runs.length && found / runs.length >= REPEATED) {
      const sources = [...shared].filter(([e, n]) => n / sizes[e]! >= RESTATED).map(([e]) => e).sort((x, y) => x - y);
      if (sources.length) repeats.set(p.eId, sources.map((e) => passages[e]!.eId));
    }
    for (const run of runs) {
      const list = seen.get(run);
      if (!list) seen.set(run, [index]);
      else if (list.at(-1) !== index) list.push(index);
    }
  });
  return repeats;
}
