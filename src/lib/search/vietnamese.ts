/**
 * Vietnamese text as search sees it. Pagefind already folds diacritics (a cadre can type
 * "neu guong" for "nêu gương") but it keeps the two tone placements apart: "khoá" and
 * "khóa", "thuỷ" and "thủy" are one word written two ways. Both the indexed text and the
 * query go through `canonicalTones`, so they match exactly, and rank as exact matches.
 */

/**
 * Moves the tone mark of a final "oa", "oe" or "uy" (not after q) onto its first vowel:
 * "hoá" → "hóa", "khoẻ" → "khỏe", "thuỷ" → "thủy", "Uỷ" → "Ủy". The other placement is
 * left alone where it is the only one ("hoàn", "quý", "thuyền"). Returns NFC.
 */
export function canonicalTones(text: string): string {
  return text
    .normalize('NFD')
    .replace(/(?<![qQ])([oOuU])([aAeEyY])([\u0300\u0301\u0303\u0309\u0323])(?![\p{L}\p{M}])/gu, (m, first: string, second: string, tone: string) => {
      const pair = `${first}${second}`.toLowerCase();
      if (pair !== 'oa' && pair !== 'oe' && pair !== 'uy') return m;
      return `${first}${tone}${second}`;
    })
    .normalize('NFC');
}

/** Without diacritics, lowercase: "Điện Biên" → "dien bien". For comparing, never for display. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/** True when the word carries a tone or vowel mark: the user typed with diacritics. */
export function hasDiacritics(text: string): boolean {
  return /\p{M}/u.test(text.normalize('NFD')) || /[đĐ]/.test(text);
}

/** The words of a query or of indexed content, as they are compared: letters and digits only. */
export function words(text: string): string[] {
  return text.normalize('NFC').split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean);
}

/**
 * Without diacritics a reader types "d" for both d and đ, and Pagefind folds tone and vowel
 * marks but not đ, which is a letter of its own: "dien bien" would not find "Điện Biên".
 * A word typed plain that starts with d is therefore searched both ways ("dien", "điên"); đ
 * only ever starts a syllable. The first four such words give at most 16 spellings.
 */
export function queryVariants(query: string): string[] {
  const tokens = query.split(/([\s"“”]+)/);
  const slots = tokens.flatMap((t, i) => (/^[dD]/.test(t) && !hasDiacritics(t) ? [i] : [])).slice(0, 4);
  const variants: string[] = [];
  for (let mask = 0; mask < 1 << slots.length; mask++) {
    const copy = [...tokens];
    slots.forEach((slot, bit) => {
      if (mask & (1 << bit)) copy[slot] = copy[slot]!.replace(/^d/, 'đ').replace(/^D/, 'Đ');
    });
    variants.push(copy.join(''));
  }
  return variants;
}
