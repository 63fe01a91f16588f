/**
 * The "Căn cứ" comparison of two texts: the documents each rests on (its "Căn cứ" lines) and
 * cites elsewhere, by registry id, side by side: cited by both, by only one. Where a text has
 * no "Căn cứ" lines (the directive, the guideline), what it cites in its opening and body is
 * still listed, so a reader sees which central documents the two texts build on.
 */
import type { Passage } from './passages.ts';

export interface CitingUnit {
  eId: string;
  /** "Căn cứ thứ 2", "Khoản 14 Điều 2". */
  label: string;
}

export interface CitedBy {
  /** Its "Căn cứ" lines citing the document, in order. */
  basis: CitingUnit[];
  /** Its other units citing it, in order. */
  text: CitingUnit[];
}

export interface BasisRow {
  /** Registry id (`content/cited/<id>.yaml`). */
  id: string;
  left: CitedBy | null;
  right: CitedBy | null;
}

export interface BasisComparison {
  both: BasisRow[];
  onlyLeft: BasisRow[];
  onlyRight: BasisRow[];
}

/** What one text cites, in order of first citation. */
function citedBy(passages: readonly Passage[]): Map<string, CitedBy> {
  const out = new Map<string, CitedBy>();
  for (const p of passages) {
    for (const id of new Set(p.cites)) {
      let entry = out.get(id);
      if (!entry) out.set(id, (entry = { basis: [], text: [] }));
      (p.role === 'basis' ? entry.basis : entry.text).push({ eId: p.eId, label: p.label });
    }
  }
  return out;
}

/** Bases first (on either side), then in the order the texts first cite them. */
function ordered(rows: BasisRow[]): BasisRow[] {
  const isBasis = (r: BasisRow) => !!(r.left?.basis.length || r.right?.basis.length);
  return rows.map((r, k) => ({ r, k })).sort((x, y) => Number(isBasis(y.r)) - Number(isBasis(x.r)) || x.k - y.k).map((x) => x.r);
}

/** Compares what two texts cite; `left` and `right` are all their passages (documentPassages). */
export function basisComparison(left: readonly Passage[], right: readonly Passage[]): BasisComparison {
  const [l, r] = [citedBy(left), citedBy(right)];
  const rows = (from: Map<string, CitedBy>, other: Map<string, CitedBy>, leftSide: boolean) =>
    [...from.keys()]
      .filter((id) => !other.has(id))
      .map((id) => (leftSide ? { id, left: from.get(id)!, right: null } : { id, left: null, right: from.get(id)! }));
  return {
    both: ordered([...l.keys()].filter((id) => r.has(id)).map((id) => ({ id, left: l.get(id)!, right: r.get(id)! }))),
    onlyLeft: ordered(rows(l, r, true)),
    onlyRight: ordered(rows(r, l, false)),
  };
}
