/**
 * A long paragraph cut into the duties it bundles: its sentences, and within a sentence the
 * parts a semicolon separates ("… phân công một đầu mối chủ trì; rõ người, rõ việc …"). A part
 * shorter than `minSyllables` joins the next one: "chăm lo đời sống;" alone says too little to
 * be matched on its own.
 */
import { syllables } from './syllables.ts';

export const DUTY_SYLLABLES = 8;

export function duties(text: string, minSyllables = DUTY_SYLLABLES): string[] {
  const parts = text.split(/(?<=[.;:!?])\s+/u);
  const out: string[] = [];
  let current = '';
  let count = 0;
  for (const part of parts) {
    current = current ? `${current} ${part}` : part;
    count += syllables(part).length;
    if (count >= minSyllables) {
      out.push(current);
      current = '';
      count = 0;
    }
  }
  if (current.trim()) {
    if (out.length) out[out.length - 1] += ` ${current}`;
    else out.push(current);
  }
  return out;
}
