import { wordDiff } from 'diff';
import { describe, expect, it } from 'vitest';
import { foldTonePlacement, syllables } from '../../src/lib/compare/syllables.ts';
import { diffPieces, newerText, olderText, wordDiffSpans, wordTokens } from '../../src/lib/compare/word-diff.ts';

const words = (tokens: string[]) => tokens.map((t) => t.trim()).filter(Boolean);

describe('Vietnamese tokens', () => {
  it('jsdiff’s word tokenizer keeps người, Điện, ướng whole in NFC', () => {
    expect(words(wordTokens('Người dân Điện Biên, ướng'))).toEqual(['Người', 'dân', 'Điện', 'Biên', ',', 'ướng']);
  });

  it('keeps them whole in NFD input too, which jsdiff alone would cut at the combining marks', () => {
    const nfd = 'người Điện ướng'.normalize('NFD');
    expect((wordDiff.tokenize(nfd, {}) as string[]).length).toBeGreaterThan(3);
    expect(words(wordTokens(nfd))).toEqual(['người', 'Điện', 'ướng']);
  });

  it('tokens rebuild the text exactly, white space included', () => {
    const text = 'Căn cứ  Quy định số 4871-QĐ/TU,\nngày 19/4/2019;';
    expect(wordTokens(text).join('')).toBe(text);
  });

  it('syllables are whole words with offsets and a folded key', () => {
    const text = 'Người, Điện ướng Uỷ';
    const s = syllables(text);
    expect(s.map((x) => x.text)).toEqual(['Người', 'Điện', 'ướng', 'Uỷ']);
    expect(s.map((x) => text.slice(x.start, x.end))).toEqual(['Người', 'Điện', 'ướng', 'Uỷ']);
    expect(s[3]!.key).toBe(foldTonePlacement('ủy'));
  });

  it('folds the two tone placements of one word, and only those', () => {
    expect(foldTonePlacement('hoà')).toBe(foldTonePlacement('hòa'));
    expect(foldTonePlacement('thuỷ')).toBe(foldTonePlacement('thủy'));
    expect(foldTonePlacement('Uỷ')).toBe(foldTonePlacement('Ủy'));
    expect(foldTonePlacement('khoá')).toBe(foldTonePlacement('khóa'));
    expect(foldTonePlacement('hoa')).not.toBe(foldTonePlacement('hòa'));
    expect(foldTonePlacement('hỏa')).not.toBe(foldTonePlacement('hòa'));
    expect(foldTonePlacement('quý')).not.toBe(foldTonePlacement('quỷ'));
  });
});

describe('word diff', () => {
  it('reports inserted and deleted words, whole', () => {
    const spans = wordDiffSpans('Cán bộ đến cơ quan đúng giờ và không về sớm.', 'Cán bộ, công chức đến cơ quan đúng giờ.');
    expect(spans.filter((s) => s.op === 'insert').map((s) => s.text.trim())).toEqual([', công chức']);
    expect(spans.filter((s) => s.op === 'delete').map((s) => s.text.trim())).toEqual(['và không về sớm']);
  });

  it('does not report a change of tone placement, and keeps each side’s own spelling', () => {
    const older = 'Ủy ban phải hoà nhã với Nhân dân.';
    const newer = 'Uỷ ban phải hòa nhã với Nhân dân.';
    const spans = wordDiffSpans(older, newer);
    expect(spans.every((s) => s.op === 'equal')).toBe(true);
    expect(olderText(spans)).toBe(older);
    expect(newerText(spans)).toBe(newer);
  });

  it('rebuilds both texts from any diff', () => {
    const older = 'Quy định này áp dụng đối với cán bộ, công chức trong các cơ quan đảng.';
    const newer = 'Quy định này áp dụng với cán bộ, công chức, viên chức trong cơ quan của Đảng.';
    const spans = wordDiffSpans(older, newer);
    expect(olderText(spans)).toBe(older);
    expect(newerText(spans)).toBe(newer);
  });
});

describe('what each side of a diff shows', () => {
  const spans = wordDiffSpans('Cán bộ đến đúng giờ và không về sớm.', 'Cán bộ, công chức đến đúng giờ.');
  const render = (side: 'old' | 'new', inline: boolean) =>
    diffPieces(spans, side)
      .filter((p) => inline || !p.inlineOnly)
      .map((p) => (p.op === 'insert' ? `[+${p.text}]` : p.op === 'delete' ? `[-${p.text}]` : p.text))
      .join('');

  it('keeps the white space around a change outside it, on both sides and in one column', () => {
    expect(render('old', false)).toBe('Cán bộ đến đúng giờ [-và không về sớm].');
    expect(render('new', false)).toBe('Cán bộ[+, công chức] đến đúng giờ.');
    expect(render('new', true)).toBe('Cán bộ[+, công chức] đến đúng giờ [-và không về sớm].');
  });
});
