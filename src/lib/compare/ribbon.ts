/**
 * Geometry of the picture of a whole alignment: the passages of each document as a column of
 * bars in document order (height by length), and a ribbon from each passage to its one-to-one
 * counterpart. A ribbon diagram rather than a heatmap: it grows with the number of passages,
 * not their product, so every bar and ribbon can stay a link.
 */
import type { CrossAlignment } from './cross-alignment.ts';
import { syllables } from './syllables.ts';

/** Paired; restating another passage of its own text; or in no pair. */
export type BarState = 'paired' | 'repeat' | 'only';

export interface Bar {
  eId: string;
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
  state: BarState;
}

export interface Ribbon {
  a: string;
  b: string;
  score: number;
  /** SVG path of the band between the two bars. */
  path: string;
}

export interface RibbonLayout {
  width: number;
  height: number;
  left: Bar[];
  right: Bar[];
  ribbons: Ribbon[];
}

const WIDTH = 640;
const BAR_WIDTH = 150;
const GAP = 2;
const GROUP_GAP = 8;
const MIN_BAR = 4;

function column(passages: CrossAlignment['a'], x: number, height: number, state: (eId: string) => BarState): Bar[] {
  const lengths = passages.map((p) => Math.sqrt(syllables(p.text).length));
  const gaps = passages.reduce((sum, p, i) => sum + (i === 0 ? 0 : p.group === passages[i - 1]!.group ? GAP : GROUP_GAP), 0);
  const total = lengths.reduce((s, l) => s + l, 0) || 1;
  const scale = Math.max(0, height - gaps - MIN_BAR * passages.length) / total;
  let y = 0;
  return passages.map((p, i) => {
    if (i > 0) y += p.group === passages[i - 1]!.group ? GAP : GROUP_GAP;
    const bar: Bar = { eId: p.eId, label: p.label, x, y: round(y), width: BAR_WIDTH, height: round(MIN_BAR + lengths[i]! * scale), state: state(p.eId) };
    y += bar.height;
    return bar;
  });
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Lays out the picture; both columns get the same height so every ribbon runs across. */
export function ribbonLayout(alignment: CrossAlignment): RibbonLayout {
  const height = Math.max(240, Math.min(1400, 9 * Math.max(alignment.a.length, alignment.b.length)));
  const pairedA = new Set(alignment.pairs.map((p) => p.a));
  const pairedB = new Set(alignment.pairs.map((p) => p.b));
  const state = (paired: Set<string>, repeats: Record<string, string[]>) => (e: string): BarState =>
    paired.has(e) ? 'paired' : repeats[e] ? 'repeat' : 'only';
  const left = column(alignment.a, 0, height, state(pairedA, alignment.repeatsA));
  const right = column(alignment.b, WIDTH - BAR_WIDTH, height, state(pairedB, alignment.repeatsB));
  const byA = new Map(left.map((b) => [b.eId, b]));
  const byB = new Map(right.map((b) => [b.eId, b]));
  const x1 = BAR_WIDTH;
  const x2 = WIDTH - BAR_WIDTH;
  const mid = (x1 + x2) / 2;
  const ribbons = alignment.pairs.map((p) => {
    const l = byA.get(p.a)!;
    const r = byB.get(p.b)!;
    const [la, lb, ra, rb] = [l.y, l.y + l.height, r.y, r.y + r.height];
    const path = `M${x1} ${la}C${mid} ${la} ${mid} ${ra} ${x2} ${ra}L${x2} ${rb}C${mid} ${rb} ${mid} ${lb} ${x1} ${lb}Z`;
    return { a: p.a, b: p.b, score: p.score, path };
  });
  return { width: WIDTH, height: round(Math.max(left.at(-1) ? left.at(-1)!.y + left.at(-1)!.height : 0, right.at(-1) ? right.at(-1)!.y + right.at(-1)!.height : 0)), left, right, ribbons };
}
