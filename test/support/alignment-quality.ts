/**
 * Precision and recall of the cross-document alignment on the development set
 * (test/fixtures/alignment-labels.yaml), counted over the pairs the JSON lists: a many-to-one
 * group is one pair per member, as `/api/so-sanh/<a>--<b>.json` serves it.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { ROOT } from './paths.ts';

const labelSetSchema = z.array(
  z
    .object({
      a: z.string(),
      b: z.string(),
      counterparts: z.record(z.string(), z.array(z.string())),
      onlyB: z.array(z.string()).default([]),
      tempting: z.array(z.tuple([z.string(), z.string()])).default([]),
    })
    .strict(),
);

export type LabelSet = z.infer<typeof labelSetSchema>[number];

export const LABELS_FILE = 'test/fixtures/alignment-labels.yaml';

/**
 * The label sets. A tempting pair that is also a counterpart, or a unit listed as having nothing
 * like it in `a` that is also a counterpart, is a contradiction in the file.
 */
export function loadLabels(): LabelSet[] {
  const sets = labelSetSchema.parse(parse(readFileSync(`${ROOT}${LABELS_FILE}`, 'utf8')));
  for (const set of sets) {
    for (const [a, b] of set.tempting) {
      if (set.counterparts[a]?.includes(b)) throw new Error(`${LABELS_FILE}: ${a} → ${b} vừa là cặp đúng vừa là cặp dễ nhầm`);
    }
    for (const [a, gold] of Object.entries(set.counterparts)) {
      for (const b of gold) if (set.onlyB.includes(b)) throw new Error(`${LABELS_FILE}: ${b} vừa ở onlyB vừa là cặp đúng của ${a}`);
    }
  }
  return sets;
}

/** What is scored: the pairs and the units of each side, as in the JSON. */
export interface ScoredAlignment {
  a: readonly { eId: string }[];
  b: readonly { eId: string }[];
  pairs: readonly { a: string; b: string }[];
}

export interface Quality {
  /** Pairs that touch a judged unit or are a judged tempting pair. */
  predicted: number;
  /** …that a reader judged the same duty. */
  correct: number;
  /** Units of `a` with a counterpart, and how many of them were paired with one. */
  positives: number;
  found: number;
  precision: number;
  recall: number;
  /** Counterpart pairs listed, and how many the alignment has (how complete the groups are). */
  goldPairs: number;
  goldPairsFound: number;
  /** What went wrong, for the failure message. */
  mistakes: string[];
}

/** Scores an alignment's pairs against one label set; an eId missing from either text is an error. */
export function alignmentQuality(alignment: ScoredAlignment, labels: LabelSet): Quality {
  const knownA = new Set(alignment.a.map((p) => p.eId));
  const knownB = new Set(alignment.b.map((p) => p.eId));
  const check = (side: Set<string>, slug: string, eId: string) => {
    if (!side.has(eId)) throw new Error(`${LABELS_FILE}: ${slug}#${eId} không có trong các đoạn được so sánh`);
  };
  for (const [a, gold] of Object.entries(labels.counterparts)) {
    check(knownA, labels.a, a);
    for (const b of gold) check(knownB, labels.b, b);
  }
  for (const b of labels.onlyB) check(knownB, labels.b, b);
  for (const [a, b] of labels.tempting) (check(knownA, labels.a, a), check(knownB, labels.b, b));

  const onlyB = new Set(labels.onlyB);
  const tempting = new Set(labels.tempting.map(([a, b]) => `${a} ${b}`));
  const mistakes: string[] = [];
  let predicted = 0;
  let correct = 0;
  for (const { a, b } of alignment.pairs) {
    const gold = labels.counterparts[a];
    if (!gold && !onlyB.has(b) && !tempting.has(`${a} ${b}`)) continue;
    predicted++;
    if (gold?.includes(b)) correct++;
    else mistakes.push(`sai: ${a} → ${b} (nhãn: ${gold?.length ? gold.join(' | ') : 'không có'})`);
  }
  const paired = new Set(alignment.pairs.map((p) => `${p.a} ${p.b}`));
  let positives = 0;
  let found = 0;
  let goldPairs = 0;
  let goldPairsFound = 0;
  for (const [a, gold] of Object.entries(labels.counterparts)) {
    if (!gold.length) continue;
    positives++;
    const hits = gold.filter((b) => paired.has(`${a} ${b}`)).length;
    goldPairs += gold.length;
    goldPairsFound += hits;
    if (hits) found++;
    else mistakes.push(`thiếu: ${a} (nhãn: ${gold.join(' | ')})`);
  }
  return {
    predicted,
    correct,
    positives,
    found,
    precision: predicted ? correct / predicted : 1,
    recall: positives ? found / positives : 1,
    goldPairs,
    goldPairsFound,
    mistakes,
  };
}
