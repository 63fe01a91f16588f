/**
 * Word-level diff of two versions of a unit, with jsdiff. jsdiff's word tokenizer treats
 * U+00C0–U+02FF and U+1E00–U+1EFF as word characters, so NFC Vietnamese syllables stay whole;
 * NFD text would be cut at its combining marks, hence the NFC here. Words compare with their
 * tone placement folded, so "hoá" → "hóa" is not reported as a change.
 */
import { diffArrays, wordDiff } from 'diff';
import { foldTonePlacement } from './syllables.ts';

export type DiffOp = 'equal' | 'insert' | 'delete';

export interface DiffSpan {
  op: DiffOp;
  /** The text as the newer version writes it (for deletions: as the older one did). */
  text: string;
  /** For an equal span whose older spelling differs only in tone placement: the older spelling. */
  old?: string;
}

/**
 * Tokens that concatenate back to the text: jsdiff's word tokens keep the white space on both
 * sides of a word, its `join` drops the leading copy, and so do we.
 */
export function wordTokens(text: string): string[] {
  const tokens = wordDiff.tokenize(text.normalize('NFC'), {}) as string[];
  return tokens.map((t, i) => (i === 0 ? t : t.replace(/^\s+/u, ''))).filter((t) => t.length);
}

const sameWord = (a: string, b: string) => foldTonePlacement(a.trim()) === foldTonePlacement(b.trim());

/** Longest a unit's diff may take before it is shown as replaced whole. */
const TIMEOUT_MS = 2000;

/** The changes from `older` to `newer`, as spans that rebuild either text. */
export function wordDiffSpans(older: string, newer: string): DiffSpan[] {
  const a = wordTokens(older);
  const b = wordTokens(newer);
  const changes = diffArrays(a, b, { comparator: sameWord, timeout: TIMEOUT_MS });
  const spans: DiffSpan[] = [];
  const push = (span: DiffSpan) => {
    const last = spans.at(-1);
    if (last && last.op === span.op) {
      if (span.op === 'equal') last.old = (last.old ?? last.text) + (span.old ?? span.text);
      last.text += span.text;
    } else spans.push({ ...span });
  };
  if (!changes) {
    if (a.length) push({ op: 'delete', text: a.join('') });
    if (b.length) push({ op: 'insert', text: b.join('') });
    return spans;
  }
  let i = 0;
  let j = 0;
  for (const change of changes) {
    const n = change.count ?? change.value.length;
    if (change.removed) {
      push({ op: 'delete', text: a.slice(i, i + n).join('') });
      i += n;
    } else if (change.added) {
      push({ op: 'insert', text: b.slice(j, j + n).join('') });
      j += n;
    } else {
      // Equal under folding, not always in spelling: the older side keeps its own words.
      push({ op: 'equal', text: b.slice(j, j + n).join(''), old: a.slice(i, i + n).join('') });
      i += n;
      j += n;
    }
  }
  for (const span of spans) if (span.old === span.text) delete span.old;
  return spans;
}

/** The older text rebuilt from spans. */
export function olderText(spans: readonly DiffSpan[]): string {
  return spans.map((s) => (s.op === 'insert' ? '' : (s.old ?? s.text))).join('');
}

/** The newer text rebuilt from spans. */
export function newerText(spans: readonly DiffSpan[]): string {
  return spans.map((s) => (s.op === 'delete' ? '' : s.text)).join('');
}

export function hasChanges(spans: readonly DiffSpan[]): boolean {
  return spans.some((s) => s.op !== 'equal');
}

export interface DiffPiece {
  op: DiffOp;
  text: string;
  /** Shown only in the one-column view (deletions on the new side, and the space before them). */
  inlineOnly?: boolean;
}

/**
 * What one side of a diff shows, with the white space around insertions and deletions moved
 * outside them (an underline should not run on into the next word). The old side shows equal
 * text as the old text wrote it, and its deletions; the new side shows equal text, insertions,
 * and the deletions for the one-column view, with the old text's space before a deletion.
 */
export function diffPieces(spans: readonly DiffSpan[], side: 'old' | 'new'): DiffPiece[] {
  const out: DiffPiece[] = [];
  const push = (op: DiffOp, text: string, inlineOnly = false) => {
    if (!text) return;
    if (op === 'equal') {
      out.push({ op, text, ...(inlineOnly ? { inlineOnly } : {}) });
      return;
    }
    const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/u.exec(text) ?? [];
    push('equal', lead, inlineOnly);
    if (core) out.push({ op, text: core, ...(inlineOnly ? { inlineOnly } : {}) });
    push('equal', trail, inlineOnly);
  };
  spans.forEach((s, i) => {
    if (side === 'old') {
      if (s.op === 'equal') push('equal', s.old ?? s.text);
      else if (s.op === 'delete') push('delete', s.text);
      return;
    }
    if (s.op === 'equal') {
      push('equal', s.text);
      // "đúng giờ" + deleted "và không về sớm": the old text's space between them, one-column only.
      const gap = /\s*$/u.exec(s.old ?? '')![0];
      if (spans[i + 1]?.op === 'delete' && gap && !/\s$/u.test(s.text)) push('equal', gap, true);
    } else push(s.op, s.text, s.op === 'delete');
  });
  return out;
}
