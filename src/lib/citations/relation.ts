/**
 * How a citing text relates to what it cites, for the relationship picture: it rests on it
 * (căn cứ), replaces it (thay thế), carries it out (hướng dẫn, thực hiện) or only mentions it
 * (dẫn chiếu). Read from the words: a "Căn cứ …" line is a basis; otherwise the nearest verb
 * before the phrase in its sentence decides.
 */
import { fold } from '../text/fold.ts';
import type { Occurrence } from './occurrences.ts';

export const RELATIONS = {
  replaces: 'thay thế',
  basis: 'căn cứ',
  implements: 'hướng dẫn, thực hiện',
  mentions: 'dẫn chiếu',
} as const;

/** Strongest first: a document that both rests on and mentions a text rests on it. */
export type Relation = keyof typeof RELATIONS;
export const RELATION_ORDER = Object.keys(RELATIONS) as Relation[];

const VERBS: Array<[RegExp, Relation]> = [
  [/thay thế/gu, 'replaces'],
  [/thực hiện|triển khai|chấp hành|quán triệt|cụ thể hóa/gu, 'implements'],
];

export function relationOf(o: Pick<Occurrence, 'kind' | 'context' | 'start'>): Relation {
  if (o.kind === 'basis') return 'basis';
  const before = fold(o.context.slice(0, o.start));
  const sentence = before.slice(Math.max(before.lastIndexOf('. '), 0));
  let nearest: { at: number; relation: Relation } | undefined;
  for (const [verb, relation] of VERBS) {
    for (const m of sentence.matchAll(verb)) if (!nearest || m.index > nearest.at) nearest = { at: m.index, relation };
  }
  return nearest?.relation ?? 'mentions';
}

/** The strongest of several relations. */
export function strongest(relations: Iterable<Relation>): Relation {
  let best: Relation = 'mentions';
  for (const r of relations) if (RELATION_ORDER.indexOf(r) < RELATION_ORDER.indexOf(best)) best = r;
  return best;
}
