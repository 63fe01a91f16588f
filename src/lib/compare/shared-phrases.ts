/**
 * Phrases two passages share: maximal runs of the same syllables, in any order, longest
 * first, none overlapping another on either side. Punctuation between syllables is ignored,
 * so "rõ người, rõ việc, rõ thời gian" is one phrase in both texts.
 */
import { syllables } from './syllables.ts';

export interface SharedPhrase {
  /** Character range [start, end) in each NFC text. */
  a: [number, number];
  b: [number, number];
  /** Length in syllables. */
  length: number;
}

interface Match {
  i: number;
  j: number;
  length: number;
}

/** Shared phrases of at least `minSyllables`, ordered by position in `a`. */
export function sharedPhrases(a: string, b: string, minSyllables = 3): SharedPhrase[] {
  const sa = syllables(a);
  const sb = syllables(b);
  // run[j] = length of the common run ending at (i, j); a match is kept where it cannot grow.
  const matches: Match[] = [];
  let prev = new Uint16Array(sb.length + 1);
  let run = new Uint16Array(sb.length + 1);
  for (let i = 1; i <= sa.length; i++) {
    run.fill(0);
    for (let j = 1; j <= sb.length; j++) {
      if (sa[i - 1]!.key !== sb[j - 1]!.key) continue;
      run[j] = prev[j - 1]! + 1;
    }
    for (let j = 1; j <= sb.length; j++) {
      const len = prev[j - 1]!;
      // The run ending at (i-1, j-1) stops here.
      if (len >= minSyllables && run[j] === 0) matches.push({ i: i - 1 - len, j: j - 1 - len, length: len });
    }
    // A run that reached the end of b cannot grow either.
    const last = prev[sb.length]!;
    if (last >= minSyllables) matches.push({ i: i - 1 - last, j: sb.length - last, length: last });
    [prev, run] = [run, prev];
  }
  for (let j = 1; j <= sb.length; j++) {
    const len = prev[j]!;
    if (len >= minSyllables) matches.push({ i: sa.length - len, j: j - len, length: len });
  }
  matches.sort((x, y) => y.length - x.length || x.i - y.i || x.j - y.j);
  const usedA = new Uint8Array(sa.length);
  const usedB = new Uint8Array(sb.length);
  const out: SharedPhrase[] = [];
  for (const m of matches) {
    // A longer phrase may already cover part of this one; keep what is left if long enough.
    let start = 0;
    while (start < m.length && (usedA[m.i + start] || usedB[m.j + start])) start++;
    let end = start;
    while (end < m.length && !usedA[m.i + end] && !usedB[m.j + end]) end++;
    if (end - start < minSyllables) continue;
    for (let k = start; k < end; k++) {
      usedA[m.i + k] = 1;
      usedB[m.j + k] = 1;
    }
    out.push({
      a: [sa[m.i + start]!.start, sa[m.i + end - 1]!.end],
      b: [sb[m.j + start]!.start, sb[m.j + end - 1]!.end],
      length: end - start,
    });
  }
  return out.sort((x, y) => x.a[0] - y.a[0]);
}

export interface Piece {
  text: string;
  marked: boolean;
}

/** A text cut at the given character ranges, for highlighting: marked and unmarked pieces in order. */
export function highlightPieces(text: string, ranges: readonly (readonly [number, number])[]): Piece[] {
  const pieces: Piece[] = [];
  let pos = 0;
  for (const [start, end] of [...ranges].sort((x, y) => x[0] - y[0])) {
    if (start < pos) continue;
    if (start > pos) pieces.push({ text: text.slice(pos, start), marked: false });
    pieces.push({ text: text.slice(start, end), marked: true });
    pos = end;
  }
  if (pos < text.length) pieces.push({ text: text.slice(pos), marked: false });
  return pieces;
}
