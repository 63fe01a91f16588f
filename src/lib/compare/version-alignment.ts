/**
 * Alignment of an old text with the text that replaces it, unit by unit, and a word diff of
 * each aligned pair. Units are paired, in this order:
 *
 * 1. as the mapping file says (`content/comparisons/<old>--<new>.yaml`), when there is one;
 * 2. by eId, when the two units with the same number still say much the same (similarity of
 *    the unit with its sub-units ≥ 0.5): an unchanged or lightly edited unit;
 * 3. by content, for renumbered units: a one-to-one matching of units of the same kind that
 *    maximises total similarity (Hungarian method), kept at similarity ≥ 0.35;
 * 4. by eId again for what is left: the unit with that number was rewritten.
 *
 * What is left unpaired was deleted (old) or added (new).
 */
import { munkres } from 'munkres';
import type { AlignmentMap } from '../../schemas/alignment-map.ts';
import type { Passage } from './passages.ts';
import { cosine, terms, tfidfVectors } from './tfidf.ts';
import { hasChanges, wordDiffSpans, type DiffSpan } from './word-diff.ts';

export const SAME_NUMBER_SIMILARITY = 0.5;
export const RENUMBERED_SIMILARITY = 0.35;

export type PairedBy = 'map' | 'eId' | 'content';
export type RowStatus = 'same' | 'changed' | 'added' | 'deleted';

export interface VersionSide {
  eId: string;
  label: string;
  depth: number;
}

export interface VersionRow {
  /** Anchor on the page, stable across rebuilds: `moi-<new eId>`, or `cu-<old eId>` for a deleted unit. */
  id: string;
  status: RowStatus;
  old?: VersionSide;
  new?: VersionSide;
  pairedBy?: PairedBy;
  /** Paired with a unit of another number. */
  renumbered: boolean;
  /** Comes earlier in the new text than its neighbours did in the old one. */
  moved: boolean;
  spans: DiffSpan[];
}

export interface VersionAlignment {
  rows: VersionRow[];
  counts: Record<RowStatus, number> & { renumbered: number; moved: number };
}

const side = (p: Passage): VersionSide => ({ eId: p.eId, label: p.label, depth: p.depth });

/** Pairs of indices [old, new] and how each was found. */
function pairUnits(older: Passage[], newer: Passage[], map: AlignmentMap | undefined): Map<number, [number, PairedBy]> {
  const vectors = tfidfVectors([...older, ...newer].map((p) => terms(p.subtree)));
  const sim = (i: number, j: number) => cosine(vectors[i]!, vectors[older.length + j]!);
  const oldIndex = new Map(older.map((p, i) => [p.eId, i]));
  const newIndex = new Map(newer.map((p, j) => [p.eId, j]));
  const pairs = new Map<number, [number, PairedBy]>();
  const freeOld = new Set(older.keys());
  const freeNew = new Set(newer.keys());
  const pair = (i: number, j: number, by: PairedBy) => {
    pairs.set(i, [j, by]);
    freeOld.delete(i);
    freeNew.delete(j);
  };
  for (const [o, n] of Object.entries(map?.map ?? {})) {
    const i = oldIndex.get(o)!;
    if (n === null) freeOld.delete(i);
    else pair(i, newIndex.get(n)!, 'map');
  }
  for (const n of map?.added ?? []) freeNew.delete(newIndex.get(n)!);

  for (const i of [...freeOld]) {
    const j = newIndex.get(older[i]!.eId);
    if (j !== undefined && freeNew.has(j) && newer[j]!.kind === older[i]!.kind && sim(i, j) >= SAME_NUMBER_SIMILARITY) pair(i, j, 'eId');
  }

  const restOld = [...freeOld];
  const restNew = [...freeNew];
  if (restOld.length && restNew.length) {
    const score = restOld.map((i) => restNew.map((j) => (older[i]!.kind === newer[j]!.kind ? sim(i, j) : 0)));
    for (const [r, c] of munkres(score.map((row) => row.map((s) => -s)))) {
      if (score[r]![c]! >= RENUMBERED_SIMILARITY) pair(restOld[r]!, restNew[c]!, 'content');
    }
  }

  for (const i of [...freeOld]) {
    const j = newIndex.get(older[i]!.eId);
    if (j !== undefined && freeNew.has(j) && newer[j]!.kind === older[i]!.kind) pair(i, j, 'eId');
  }
  return pairs;
}

/** Aligns the units of two versions and diffs each pair; rows follow the new text, deletions where they stood. */
export function alignVersions(older: Passage[], newer: Passage[], map?: AlignmentMap): VersionAlignment {
  const pairs = pairUnits(older, newer, map);
  const partnerOfNew = new Map([...pairs].map(([i, [j, by]]) => [j, [i, by] as const]));
  const rows: VersionRow[] = [];
  const emitted = new Set<number>();
  const emitDeleted = (upTo: number) => {
    for (let i = 0; i < upTo; i++) {
      if (pairs.has(i) || emitted.has(i)) continue;
      emitted.add(i);
      const o = older[i]!;
      rows.push({ id: `cu-${o.eId}`, status: 'deleted', old: side(o), renumbered: false, moved: false, spans: [{ op: 'delete', text: o.text }] });
    }
  };
  let furthestOld = -1;
  newer.forEach((n, j) => {
    const partner = partnerOfNew.get(j);
    if (!partner) {
      rows.push({ id: `moi-${n.eId}`, status: 'added', new: side(n), renumbered: false, moved: false, spans: [{ op: 'insert', text: n.text }] });
      return;
    }
    const [i, by] = partner;
    emitDeleted(i);
    const o = older[i]!;
    const spans = wordDiffSpans(o.text, n.text);
    rows.push({
      id: `moi-${n.eId}`,
      status: hasChanges(spans) ? 'changed' : 'same',
      old: side(o),
      new: side(n),
      pairedBy: by,
      renumbered: o.eId !== n.eId,
      moved: i < furthestOld,
      spans,
    });
    furthestOld = Math.max(furthestOld, i);
  });
  emitDeleted(older.length);
  const count = (s: RowStatus) => rows.filter((r) => r.status === s).length;
  return {
    rows,
    counts: {
      same: count('same'),
      changed: count('changed'),
      added: count('added'),
      deleted: count('deleted'),
      renumbered: rows.filter((r) => r.renumbered).length,
      moved: rows.filter((r) => r.moved).length,
    },
  };
}
