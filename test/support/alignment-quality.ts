/** Precision and recall of the cross-document alignment on the hand-labelled pairs. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import type { CrossAlignment } from '../../src/lib/compare/cross-alignment.ts';
import { ROOT } from './paths.ts';

const labelSetSchema = z.array(
  z.object({ a: z.string(), b: z.string(), units: z.record(z.string(), z.array(z.string())) }).strict(),
);

export type LabelSet = z.infer<typeof labelSetSchema>[number];

export function loadLabels(): LabelSet[] {
  return labelSetSchema.parse(parse(readFileSync(`${ROOT}test/fixtures/alignment-labels.yaml`, 'utf8')));
}

export interface Quality {
  /** Labelled units the alignment paired. */
  predicted: number;
  /** …with a labelled counterpart. */
  correct: number;
  /** Labelled units that have a counterpart. */
  positives: number;
  precision: number;
  recall: number;
  /** What went wrong, for the failure message. */
  mistakes: string[];
}

/** Scores the one-to-one pairs of an alignment against one label set. */
export function alignmentQuality(alignment: CrossAlignment, labels: LabelSet): Quality {
  const partner = new Map(alignment.pairs.map((p) => [p.a, p.b]));
  const known = new Set([...alignment.a.map((p) => p.eId)]);
  const knownB = new Set([...alignment.b.map((p) => p.eId)]);
  let predicted = 0;
  let correct = 0;
  let positives = 0;
  const mistakes: string[] = [];
  for (const [a, gold] of Object.entries(labels.units)) {
    if (!known.has(a)) throw new Error(`nhãn ${labels.a}#${a}: không có đoạn này`);
    for (const b of gold) if (!knownB.has(b)) throw new Error(`nhãn ${labels.b}#${b}: không có đoạn này`);
    const got = partner.get(a);
    if (gold.length) positives++;
    if (got) predicted++;
    if (got && gold.includes(got)) correct++;
    else if (got || gold.length) mistakes.push(`${a}: ghép với ${got ?? '(không)'}, nhãn ${gold.length ? gold.join(' | ') : '(không có)'}`);
  }
  return { predicted, correct, positives, precision: predicted ? correct / predicted : 1, recall: positives ? correct / positives : 1, mistakes };
}
