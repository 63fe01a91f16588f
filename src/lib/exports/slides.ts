/**
 * Cutting a unit's words into slides whose type is never below 28 pt: as many whole paragraphs
 * as fit, then, for a paragraph that does not fit, the longest part that ends at a sentence,
 * else at a clause (after , ; :), else at a word. The parts put back together, one space
 * between them, are the unit's words exactly: nothing lost, nothing repeated.
 */
import type { FactParagraph, FactRun } from '../model/unit-facts.ts';

/** Width of a text in em (multiply by the size in points for points); `bold` for headings. */
export type TextMeasure = (text: string, bold: boolean) => number;

/** The same measure, remembering each word: a unit is measured many times while it is cut. */
export function remembering(measure: TextMeasure): TextMeasure {
  const seen = new Map<string, number>();
  return (text, bold) => {
    const key = `${bold ? 1 : 0}${text}`;
    let w = seen.get(key);
    if (w === undefined) seen.set(key, (w = measure(text, bold)));
    return w;
  };
}

export interface TextBox {
  /** Inside width, in points. */
  width: number;
  /** Inside height, in points. */
  height: number;
  /** Type size, in points. */
  size: number;
  /** Line height as a multiple of the size. */
  lineHeight: number;
}

const text = (p: FactParagraph) => p.map((r) => r[0]).join('');

/** How many lines a paragraph takes in a box: words wrapped at spaces, a word wider than the box broken. */
export function lineCount(paragraph: string, box: TextBox, measure: TextMeasure, bold = false): number {
  const words = paragraph.split(/\s+/).filter(Boolean);
  if (!words.length) return 1;
  const space = measure(' ', bold) * box.size;
  let lines = 1;
  let used = 0;
  for (const word of words) {
    const w = measure(word, bold) * box.size;
    if (used > 0 && used + space + w <= box.width) {
      used += space + w;
      continue;
    }
    if (used > 0) lines++;
    // A word (a long URL) wider than the box takes as many lines as it needs.
    const extra = Math.max(0, Math.ceil(w / box.width) - 1);
    lines += extra;
    used = w - extra * box.width;
  }
  return lines;
}

/** Height in points of paragraphs set in a box, with a third of a line between paragraphs. */
export function textHeight(paragraphs: readonly FactParagraph[], box: TextBox, measure: TextMeasure): number {
  const line = box.size * box.lineHeight;
  const lines = paragraphs.reduce((n, p) => n + lineCount(text(p), box, measure, p.every((r) => r[1]?.includes('b'))), 0);
  return lines * line + Math.max(0, paragraphs.length - 1) * line * 0.34;
}

/** Runs covering characters [start, end) of a paragraph's text. */
function sliceParagraph(p: FactParagraph, start: number, end: number): FactParagraph {
  const out: FactRun[] = [];
  let pos = 0;
  for (const r of p) {
    const from = Math.max(start - pos, 0);
    const to = Math.min(end - pos, r[0].length);
    if (to > from) out.push(r[1] ? [r[0].slice(from, to), r[1]] : [r[0].slice(from, to)]);
    pos += r[0].length;
  }
  return out;
}

/** Places a paragraph may be cut, best first: after sentences, after clauses, between words. Each is [end of part, start of rest]. */
function cutPlaces(s: string): Array<Array<[number, number]>> {
  const tiers: Array<Array<[number, number]>> = [[], [], []];
  for (const m of s.matchAll(/\s+/g)) {
    const before = s[m.index - 1] ?? '';
    const tier = /[.!?…]/.test(before) ? 0 : /[,;:]/.test(before) ? 1 : 2;
    tiers[tier]!.push([m.index, m.index + m[0].length]);
  }
  // A sentence end is also a clause end and a word end, and so on.
  return [tiers[0]!, [...tiers[0]!, ...tiers[1]!].sort((a, b) => a[0] - b[0]), [...tiers[0]!, ...tiers[1]!, ...tiers[2]!].sort((a, b) => a[0] - b[0])];
}

/**
 * Splits paragraphs into slides; `fits` says whether paragraphs fit one slide's box. A slide
 * holds at least one word, so the split always ends.
 */
export function splitIntoSlides(paragraphs: readonly FactParagraph[], fits: (paragraphs: FactParagraph[]) => boolean): FactParagraph[][] {
  const slides: FactParagraph[][] = [];
  let current: FactParagraph[] = [];
  const queue = paragraphs.filter((p) => text(p).trim()).map((p) => p);
  while (queue.length) {
    const p = queue.shift()!;
    if (fits([...current, p])) {
      current.push(p);
      continue;
    }
    if (current.length && fits([p])) {
      slides.push(current);
      current = [p];
      continue;
    }
    // The paragraph is cut: the longest part that still fits after what the slide holds.
    const s = text(p);
    let cut: [number, number] | undefined;
    // Beside other paragraphs only a sentence or a clause ends a slide; a word break waits for an empty slide.
    // A longer part never fits where a shorter one does not: the longest that fits is found by halving.
    for (const places of cutPlaces(s).slice(0, current.length ? 2 : 3)) {
      let lo = 0;
      let hi = places.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (fits([...current, sliceParagraph(p, 0, places[mid]![0])])) {
          cut = places[mid];
          lo = mid + 1;
        } else hi = mid - 1;
      }
      if (cut) break;
    }
    if (!cut) {
      if (current.length) {
        // Nothing of it fits beside what is there: it starts the next slide.
        slides.push(current);
        current = [];
        queue.unshift(p);
        continue;
      }
      // Not even one word fits an empty slide: the first word goes alone.
      const first = cutPlaces(s)[2]![0];
      cut = first ?? [s.length, s.length];
    }
    current.push(sliceParagraph(p, 0, cut[0]));
    slides.push(current);
    current = [];
    if (cut[1] < s.length) queue.unshift(sliceParagraph(p, cut[1], s.length));
  }
  if (current.length) slides.push(current);
  return slides;
}
