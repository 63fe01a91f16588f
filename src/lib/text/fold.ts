/**
 * Folding for matching Vietnamese text: lower case, and one tone placement for the pairs that
 * are written both ways ("hoà"/"hòa", "khoá"/"khóa", "uỷ"/"ủy"). The result has exactly the
 * length of the input, so an offset found in the folded text is an offset in the original.
 */

const TONED: Record<string, string> = {
  a: 'àáảãạ',
  e: 'èéẻẽẹ',
  y: 'ỳýỷỹỵ',
  o: 'òóỏõọ',
  u: 'ùúủũụ',
};

/** Which vowel pairs move their tone mark: "oa", "oe", "uy". */
const PAIRS: Record<string, string> = { a: 'o', e: 'o', y: 'u' };

const SECOND = new RegExp(`([ou])([${TONED.a}${TONED.e}${TONED.y}])`, 'gu');

function baseAndTone(ch: string): [string, number] {
  for (const [base, toned] of Object.entries(TONED)) {
    const i = toned.indexOf(ch);
    if (i >= 0) return [base, i];
  }
  return [ch, -1];
}

/** Lower case with the tone on the first vowel of "oa", "oe", "uy": "Uỷ ban" → "ủy ban". Expects NFC text, as the importer makes it. */
export function fold(text: string): string {
  const lower = text.toLocaleLowerCase('vi');
  return lower.replace(SECOND, (pair, first: string, second: string) => {
    const [base, tone] = baseAndTone(second);
    if (PAIRS[base] !== first) return pair;
    return `${TONED[first]![tone]}${base}`;
  });
}
