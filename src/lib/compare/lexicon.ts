/**
 * Words the cross-document alignment reads as one, because Party and administrative texts write
 * one thing two ways. Each entry is a general equivalence of the written language, not a
 * correction for one pair of passages:
 *
 * - spelling variants: "hàng năm" and "hằng năm" (likewise quý, tháng, tuần, ngày), "đảm bảo"
 *   and "bảo đảm", "nề nếp" and "nền nếp", and final "y" or "i" after a consonant ("kỹ"/"kĩ",
 *   "lý"/"lí", "sỹ"/"sĩ", "mỹ"/"mĩ", "tỷ"/"tỉ"): both forms of each are in current use;
 * - near-synonyms that these texts use for the same thing: "người dân" for "Nhân dân" (state
 *   texts say the first, Party texts the second), "sách nhiễu" and "nhũng nhiễu" (to harass),
 *   "phụng sự" and "phục vụ" (to serve), "cương quyết" and "kiên quyết" (resolute), "tận tâm" and
 *   "tận tụy" (devoted), "không gian mạng" and "mạng xã hội" (where the rules on cadres' posting
 *   apply: older texts say social networks, newer ones cyberspace), "hạt nhân đoàn kết" and
 *   "trung tâm đoàn kết" (a leader's unifying role), "cương vị công tác" and "vị trí công tác"
 *   (one's post).
 *
 * Only the alignment's terms are rewritten; the text shown, its shared phrases and its repeats
 * are not. What the lexicon changed on the development set is in bench/README.md.
 */
import { syllables } from './syllables.ts';

const VARIANTS: readonly (readonly [string, string])[] = [
  ['hàng năm', 'hằng năm'],
  ['hàng quý', 'hằng quý'],
  ['hàng tháng', 'hằng tháng'],
  ['hàng tuần', 'hằng tuần'],
  ['hàng ngày', 'hằng ngày'],
  ['đảm bảo', 'bảo đảm'],
  ['nề nếp', 'nền nếp'],
  ['kỹ', 'kĩ'],
  ['lý', 'lí'],
  ['sỹ', 'sĩ'],
  ['mỹ', 'mĩ'],
  ['tỷ', 'tỉ'],
];

const NEAR_SYNONYMS: readonly (readonly [string, string])[] = [
  ['người dân', 'nhân dân'],
  ['sách nhiễu', 'nhũng nhiễu'],
  ['phụng sự', 'phục vụ'],
  ['cương quyết', 'kiên quyết'],
  ['tận tâm', 'tận tụy'],
  ['không gian mạng', 'mạng xã hội'],
  ['hạt nhân đoàn kết', 'trung tâm đoàn kết'],
  ['cương vị công tác', 'vị trí công tác'],
];

interface Rule {
  from: string[];
  to: string[];
}

/** Rules by their first syllable's key, longest first. */
const RULES = new Map<string, Rule[]>();
for (const [written, canonical] of [...VARIANTS, ...NEAR_SYNONYMS]) {
  const rule = { from: syllables(written).map((s) => s.key), to: syllables(canonical).map((s) => s.key) };
  const list = RULES.get(rule.from[0]!) ?? [];
  list.push(rule);
  list.sort((x, y) => y.from.length - x.from.length);
  RULES.set(rule.from[0]!, list);
}

/** Syllable keys in order, and whether each is joined to the one before by white space only. */
export interface KeyRun {
  keys: string[];
  joined: boolean[];
}

/** The keys with every lexicon phrase (its syllables joined by white space) replaced by its canonical form. */
export function canonicalKeys({ keys, joined }: KeyRun): KeyRun {
  const out: KeyRun = { keys: [], joined: [] };
  for (let i = 0; i < keys.length; ) {
    const rule = RULES.get(keys[i]!)?.find((r) => r.from.every((k, n) => keys[i + n] === k && (n === 0 || joined[i + n])));
    if (!rule) {
      out.keys.push(keys[i]!);
      out.joined.push(joined[i]!);
      i++;
      continue;
    }
    rule.to.forEach((k, n) => {
      out.keys.push(k);
      out.joined.push(n === 0 ? joined[i]! : true);
    });
    i += rule.from.length;
  }
  return out;
}
