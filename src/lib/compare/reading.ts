/**
 * A unit's words as the cross-document alignment reads them, which is not always how they are
 * shown:
 *
 * - a citation ("Quy định số 101-QĐ/TW, ngày 07/6/2012 của Ban Bí thư") is one term naming the
 *   registry entry, `cite:101-qd-tw-2012`, and the cited document's title that follows it
 *   ("về trách nhiệm nêu gương …") is dropped: two texts citing one document share that
 *   document, not a duty, and "Quy định số … của … về" is what every Party text writes;
 * - a suspected typo with an editorial reading ("những nhiễu", có lẽ là "nhũng nhiễu") is read
 *   as that reading, so it matches the other text's spelling;
 * - the unit's number ("4.", "Điều 2.") is left out: numbers say where, not what.
 */
import type { Run } from '../../schemas/document-tree.ts';
import { foldTonePlacement } from './syllables.ts';

/** The editorial note's suggested word: `có lẽ là “nhũng nhiễu”`. */
const SIC_READING = /^có lẽ là “([^”]+)”$/u;

/** Titles of cited documents by registry id ("về trách nhiệm nêu gương …"), to drop after a citation. */
export type CitedTitles = ReadonlyMap<string, string>;

export interface Reading {
  /** The words compared, NFC, with each citation replaced by a space. */
  text: string;
  /** Registry ids of the documents the unit cites, in order, repeats kept. */
  cites: string[];
}

/** Lowercase, tone placement folded, punctuation and spacing ignored: for matching a title prefix. */
function comparable(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/[“”"«».,;:!?()]/gu, '')
    .replace(/\s+/gu, ' ')
    .split(' ')
    .map(foldTonePlacement)
    .join(' ');
}

/** `text` without a leading `title` (compared loosely, word by word); unchanged when it does not start with it. */
function withoutTitle(text: string, title: string): string {
  const want = comparable(title).split(' ').filter(Boolean);
  const words = text.split(/(?<=\s)/u);
  let matched = 0;
  for (const [i, word] of words.entries()) {
    // A word that is only punctuation or space ("; ") compares as nothing and is skipped.
    for (const w of comparable(word).split(' ').filter(Boolean)) {
      if (w !== want[matched]) return text;
      matched++;
    }
    if (matched === want.length) return ` ${words.slice(i + 1).join('')}`;
  }
  return text;
}

/** How the alignment reads a unit's runs; `marker` is its number as written, dropped from the front. */
export function readingOf(runs: readonly Run[], marker: string | undefined, titles: CitedTitles = new Map()): Reading {
  const cites: string[] = [];
  let text = '';
  let title: string | undefined;
  for (const run of runs) {
    if (run.cite) {
      cites.push(run.cite);
      text += ' ';
      title = titles.get(run.cite);
      continue;
    }
    const sic = run.sic ? SIC_READING.exec(run.sic) : null;
    const words = sic ? sic[1]! : run.text;
    text += title ? withoutTitle(words, title) : words;
    title = undefined;
  }
  text = text.normalize('NFC');
  if (marker && text.trimStart().startsWith(marker)) text = text.trimStart().slice(marker.length);
  return { text, cites };
}
