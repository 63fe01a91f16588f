/**
 * Layout of the relationship picture (lược đồ): the library's documents on the left, the
 * documents they cite on the right, one edge per pair, labelled with the relation. Pure
 * geometry, rendered to SVG at build time; no layout library, no script in the browser.
 *
 * Each edge ends on its own horizontal tail in front of its target, one tail per citing
 * document, so labels never overlap; targets are ordered by the mean position of their
 * citing documents, which keeps crossings few.
 */
import { RELATIONS, type Relation } from './relation.ts';

/**
 * What an edge says: how a text cites another (its strongest relation), or that the cited text
 * replaced it ("bị thay bởi"), which no citation of it says: the replacement is known from the
 * metadata (src/lib/status/timeline.ts), drawn with an arrowhead on the replaced text.
 */
export type EdgeKind = Relation | 'replacedBy';

/** The legend's order. */
export const EDGE_KINDS: EdgeKind[] = ['replaces', 'replacedBy', 'basis', 'implements', 'mentions'];

export interface InputEdge {
  from: string;
  to: string;
  relation: EdgeKind;
  /** Citations along the edge; 0 for a replacement no citation makes. */
  count: number;
}

export interface DiagramInput {
  documents: { key: string; label: string }[];
  cited: { key: string; label: string }[];
  edges: InputEdge[];
}

/**
 * The citation edges with the replacements laid over them: a document and a cited text one
 * replaced get a replacement edge (keeping the citation count) instead of their citation edge.
 */
export function withReplacements(edges: InputEdge[], replacements: { document: string; cited: string; relation: 'replaces' | 'replacedBy' }[]): InputEdge[] {
  const out = edges.map((e) => ({ ...e }));
  for (const r of replacements) {
    const edge = out.find((e) => e.from === r.document && e.to === r.cited);
    if (edge) edge.relation = r.relation;
    else out.push({ from: r.document, to: r.cited, relation: r.relation, count: 0 });
  }
  return out;
}

export interface DiagramNode {
  key: string;
  side: 'document' | 'cited';
  x: number;
  y: number;
  width: number;
  height: number;
  /** The label in lines, shortened to fit; the full label goes in the accessible name. */
  lines: string[];
  label: string;
}

export interface DiagramEdge {
  from: string;
  to: string;
  relation: EdgeKind;
  count: number;
  /** SVG path data. */
  path: string;
  /** "căn cứ ×2", placed on the tail. */
  text: string;
  textX: number;
  textY: number;
}

export interface Diagram {
  width: number;
  height: number;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}

/** Average advance of a character at the diagram's 13 px font, a little generous so text fits. */
const CHAR = 7.4;
const PAD = 10;
const DOC_WIDTH = 220;
const CITED_WIDTH = 270;
const CURVE = 220;
const TAIL = 118;
const SLOT = 20;
const ROW_GAP = 10;
const MARGIN = 4;

/** Short visible labels; the legend spells them out. */
export const EDGE_LABELS: Record<EdgeKind, string> = { ...RELATIONS, implements: 'thực hiện', replacedBy: 'bị thay bởi' };

/** What each kind means, for the legend. */
export const EDGE_MEANINGS: Record<EdgeKind, string> = { ...RELATIONS, replacedBy: 'văn bản bên trái bị văn bản bên phải thay thế' };

/** The same, in the table under the picture, where a cell joins a text (column) to a cited text (row). */
export const EDGE_IN_TABLE: Record<EdgeKind, string> = { ...RELATIONS, replacedBy: 'bị văn bản này thay thế' };

/** Words of `text` in lines of at most `max` characters; the last line ends in "…" when cut. */
export function wrap(text: string, max: number, lines: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && `${line} ${word}`.length > max) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  out.push(line);
  if (out.length <= lines) return out;
  const kept = out.slice(0, lines);
  let last = kept[lines - 1]!;
  // Whole words only: drop words until the ellipsis fits.
  while (last.length >= max && last.includes(' ')) last = last.slice(0, last.lastIndexOf(' '));
  kept[lines - 1] = `${last.length >= max ? last.slice(0, max - 1) : last}…`;
  return kept;
}

export function layoutDiagram(input: DiagramInput): Diagram {
  const maxChars = (width: number) => Math.floor((width - 2 * PAD) / CHAR);
  const incoming = (key: string) => input.edges.filter((e) => e.to === key);
  const docIndex = new Map(input.documents.map((d, i) => [d.key, i]));
  const mean = (key: string) => {
    const list = incoming(key).map((e) => docIndex.get(e.from) ?? 0);
    return list.reduce((a, b) => a + b, 0) / Math.max(list.length, 1);
  };
  const cited = input.cited.map((c, i) => ({ ...c, i })).sort((a, b) => mean(a.key) - mean(b.key) || a.i - b.i);

  // Right column: each row tall enough for one tail per incoming edge.
  const nodes: DiagramNode[] = [];
  const tailY = new Map<string, number>();
  let y = MARGIN;
  const citedX = MARGIN + DOC_WIDTH + CURVE + TAIL;
  for (const c of cited) {
    const edges = incoming(c.key).sort((a, b) => (docIndex.get(a.from) ?? 0) - (docIndex.get(b.from) ?? 0));
    const lines = wrap(c.label, maxChars(CITED_WIDTH), 2);
    const height = Math.max(lines.length * 16 + 14, edges.length * SLOT + 8);
    nodes.push({ key: c.key, side: 'cited', x: citedX, y, width: CITED_WIDTH, height, lines, label: c.label });
    edges.forEach((e, j) => tailY.set(`${e.from}>${e.to}`, y + height / 2 + (j - (edges.length - 1) / 2) * SLOT));
    y += height + ROW_GAP;
  }
  const height = Math.max(y - ROW_GAP + MARGIN, input.documents.length * 80);

  // Left column: documents spread evenly over the height.
  const docHeight = 48;
  const step = height / Math.max(input.documents.length, 1);
  input.documents.forEach((d, i) => {
    nodes.push({ key: d.key, side: 'document', x: MARGIN, y: step * i + (step - docHeight) / 2, width: DOC_WIDTH, height: docHeight, lines: wrap(d.label, maxChars(DOC_WIDTH), 2), label: d.label });
  });

  const nodeOf = new Map(nodes.map((n) => [`${n.side}:${n.key}`, n]));
  const edges: DiagramEdge[] = input.edges.map((e) => {
    const from = nodeOf.get(`document:${e.from}`)!;
    const out = input.edges.filter((x) => x.from === e.from).sort((a, b) => tailY.get(`${a.from}>${a.to}`)! - tailY.get(`${b.from}>${b.to}`)!);
    const k = out.indexOf(e);
    const x1 = from.x + from.width;
    const y1 = from.y + 8 + ((from.height - 16) * (k + 0.5)) / out.length;
    const y2 = tailY.get(`${e.from}>${e.to}`)!;
    const x2 = citedX - TAIL;
    const r = (n: number) => Math.round(n * 10) / 10;
    const path = `M${r(x1)} ${r(y1)}C${r(x1 + CURVE / 2)} ${r(y1)} ${r(x2 - CURVE / 2)} ${r(y2)} ${r(x2)} ${r(y2)}H${r(citedX)}`;
    const text = e.count > 1 ? `${EDGE_LABELS[e.relation]} ×${e.count}` : EDGE_LABELS[e.relation];
    return { ...e, path, text, textX: r(x2 + 4), textY: r(y2 - 4) };
  });
  // Documents first: the keyboard meets the four texts before what they cite.
  nodes.sort((a, b) => (a.side === b.side ? 0 : a.side === 'document' ? -1 : 1));
  return { width: MARGIN + DOC_WIDTH + CURVE + TAIL + CITED_WIDTH + MARGIN, height: Math.ceil(height), nodes, edges };
}
