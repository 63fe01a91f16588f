/**
 * Vietnamese text as syllables, the unit every comparison counts in. A syllable is a run of
 * letters, combining marks and digits in NFC text ("người", "Điện", "4871"); the key it is
 * compared by is lowercased and has its tone mark moved to the end, so the two spellings of
 * one word ("hoà"/"hòa", "Uỷ"/"Ủy", "thuỷ"/"thủy") compare equal.
 */

/** Combining tone marks: huyền, sắc, ngã, hỏi, nặng. Breve, circumflex and horn are letters' own marks. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;

const SYLLABLE = /[\p{L}\p{M}\p{N}]+/gu;

/** The same word whatever the tone placement: "hoà", "hòa" → one key (case kept). */
export function foldTonePlacement(word: string): string {
  const decomposed = word.normalize('NFD');
  const tones = decomposed.match(TONE_MARKS);
  if (!tones) return word.normalize('NFC');
  return `${decomposed.replace(TONE_MARKS, '')}${tones.join('')}`.normalize('NFC');
}

export interface Syllable {
  /** As written (NFC). */
  text: string;
  /** Lowercase, tone placement folded: what comparisons use. */
  key: string;
  /** Offsets in the NFC text. */
  start: number;
  end: number;
}

/** Keys by syllable as written: a library has a few thousand distinct syllables, read again and again. */
const keys = new Map<string, string>();
function keyOf(word: string): string {
  let key = keys.get(word);
  if (key === undefined) {
    key = foldTonePlacement(word.toLocaleLowerCase('vi'));
    keys.set(word, key);
  }
  return key;
}

/** The syllables of a text, in order, with offsets into `text.normalize('NFC')`. */
export function syllables(text: string): Syllable[] {
  const nfc = text.normalize('NFC');
  return [...nfc.matchAll(SYLLABLE)].map((m) => ({
    text: m[0],
    key: keyOf(m[0]),
    start: m.index,
    end: m.index + m[0].length,
  }));
}
