import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/citations/catalog.ts';
import { layoutDiagram, withReplacements, wrap, type DiagramEdge, type DiagramNode } from '../../src/lib/citations/diagram.ts';
import { buildTimelines, replacementEdges } from '../../src/lib/status/timeline.ts';
import { importSource, REGISTRY } from '../support/import.ts';
import { SLUGS } from '../support/paths.ts';

const trees = Object.keys(SLUGS).map((s) => importSource(s).tree);
const catalog = buildCatalog(trees.map((tree) => ({ tree, file: tree.meta.slug })), REGISTRY);
const diagram = layoutDiagram({
  documents: trees.map((t) => ({ key: t.meta.slug, label: t.meta.shortTitle })),
  cited: catalog.entries.map((e) => ({ key: e.doc.id, label: e.name })),
  edges: catalog.entries.flatMap((e) => e.byDocument.map((g) => ({ from: g.slug, to: e.doc.id, relation: g.relation, count: g.occurrences.length }))),
});

const overlap = (a: { x: number; y: number; w: number; h: number }, b: typeof a) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const box = (n: DiagramNode) => ({ x: n.x, y: n.y, w: n.width, h: n.height });
/** The label's box at 11 px: up to 6.5 px a character, 9 px above the baseline. */
const labelBox = (e: DiagramEdge) => ({ x: e.textX, y: e.textY - 9, w: e.text.length * 6.5, h: 11 });
const end = (e: DiagramEdge) => e.path.match(/H([\d.]+)$/)![1];

describe('the relationship picture', () => {
  it('has a node per document and per cited document, none overlapping, all inside the picture', () => {
    expect(diagram.nodes.filter((n) => n.side === 'document').length).toBe(4);
    expect(diagram.nodes.filter((n) => n.side === 'cited').length).toBe(31);
    diagram.nodes.forEach((a, i) => {
      expect(a.x >= 0 && a.y >= 0 && a.x + a.width <= diagram.width && a.y + a.height <= diagram.height, a.key).toBe(true);
      diagram.nodes.slice(i + 1).forEach((b) => expect(overlap(box(a), box(b)), `${a.key} / ${b.key}`).toBe(false));
    });
  });

  it('draws one edge per citing pair, from its document to its cited document, labels never overlapping', () => {
    expect(diagram.edges.length).toBe(catalog.entries.reduce((n, e) => n + e.byDocument.length, 0));
    for (const e of diagram.edges) {
      const to = diagram.nodes.find((n) => n.side === 'cited' && n.key === e.to)!;
      expect(Number(end(e))).toBe(to.x);
      expect(labelBox(e).x + labelBox(e).w, e.text).toBeLessThanOrEqual(to.x);
    }
    diagram.edges.forEach((a, i) => diagram.edges.slice(i + 1).forEach((b) => expect(overlap(labelBox(a), labelBox(b)), `${a.text} / ${b.text}`).toBe(false)));
    expect(diagram.edges.find((e) => e.to === '21-kl-tw-2021' && e.from === 'huong-dan-neu-guong')!.text).toBe('thực hiện ×6');
  });

  it('puts the four documents first, so the keyboard meets them before what they cite', () => {
    expect(diagram.nodes.slice(0, 4).map((n) => n.side)).toEqual(['document', 'document', 'document', 'document']);
  });

  it('wraps a long name into lines and marks what it cuts', () => {
    expect(wrap('Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh, khóa XV, nhiệm kỳ 2025-2030', 30, 2)).toEqual(['Quy chế làm việc của Ban Chấp', 'hành Đảng bộ tỉnh, khóa XV,…']);
    expect(wrap('Điều lệ Đảng', 30, 2)).toEqual(['Điều lệ Đảng']);
    // At any width, a cut falls between words.
    const name = 'Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh, khóa XV, nhiệm kỳ 2025-2030';
    for (let max = 20; max <= 40; max++) {
      const lines = wrap(name, max, 2);
      const shown = lines.join(' ').replace(/…$/, '');
      expect(`${name} `.startsWith(`${shown} `), `${max}: ${lines.join(' | ')}`).toBe(true);
      for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(max);
    }
  });

  it('draws a replacement as its own edge, also one no citation makes: the khóa XV rules replaced the khóa XIV ones', () => {
    const cited = new Map(REGISTRY.documents.map((d) => [d.id, d]));
    const timelines = buildTimelines(
      trees.map((t) => t.meta),
      (id) => cited.get(id),
      () => 'Mẫu kèm theo',
    );
    const citations = catalog.entries.flatMap((e) => e.byDocument.map((g) => ({ from: g.slug, to: e.doc.id, relation: g.relation, count: g.occurrences.length })));
    const edges = withReplacements(citations, replacementEdges(timelines));
    const picture = layoutDiagram({
      documents: trees.map((t) => ({ key: t.meta.slug, label: t.meta.shortTitle })),
      cited: catalog.entries.map((e) => ({ key: e.doc.id, label: e.name })),
      edges,
    });
    const edge = (from: string, to: string) => picture.edges.find((e) => e.from === from && e.to === to);
    // The working rules never cite the khóa XV ones: the edge is new, and says who replaced whom.
    expect(citations.some((e) => e.from === 'quy-che-lam-viec-tinh-uy-dien-bien' && e.to === 'quy-che-lam-viec-dien-bien-khoa-xv')).toBe(false);
    expect(edge('quy-che-lam-viec-tinh-uy-dien-bien', 'quy-che-lam-viec-dien-bien-khoa-xv')).toMatchObject({ relation: 'replacedBy', text: 'bị thay bởi', count: 0 });
    // The draft cites the khóa XV rules as its basis: that edge stays a basis.
    expect(edge('quy-dinh-neu-guong-dien-bien', 'quy-che-lam-viec-dien-bien-khoa-xv')).toMatchObject({ relation: 'basis' });
    expect(edge('quy-dinh-neu-guong-dien-bien', '4871-qd-tu-dien-bien-2019')).toMatchObject({ relation: 'replaces' });
    expect(edge('huong-dan-neu-guong', '2338-cv-tu-khong-ghi-tinh-2018')).toMatchObject({ relation: 'replaces' });
    expect(picture.edges).toHaveLength(diagram.edges.length + 1);
    expect(picture.edges.filter((e) => e.relation === 'replaces' || e.relation === 'replacedBy')).toHaveLength(4);
  });
});
