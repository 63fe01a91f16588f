/**
 * How the relationship picture draws each relation and level, as SVG presentation attributes:
 * only the picture's page carries them, not the stylesheet every page loads. A relation is told
 * apart by its line's pattern as well as its colour; colours meet 4.5:1 on white. A replacement
 * also carries an arrowhead on the replaced text (`REPLACEMENT_MARKER`).
 */
import type { EdgeKind } from '../../lib/citations/diagram.ts';
import type { CitationLevel } from '../../schemas/cited-document.ts';

export const EDGE_STYLE: Record<EdgeKind, { stroke: string; 'stroke-width': number; 'stroke-dasharray'?: string }> = {
  replaces: { stroke: '#8a1c1c', 'stroke-width': 2.5 },
  replacedBy: { stroke: '#8a1c1c', 'stroke-width': 2.5, 'stroke-dasharray': '10 3 2 3' },
  basis: { stroke: '#1d4ed8', 'stroke-width': 1.75 },
  implements: { stroke: '#166534', 'stroke-width': 1.75, 'stroke-dasharray': '7 3' },
  mentions: { stroke: '#51504c', 'stroke-width': 1.75, 'stroke-dasharray': '2 3' },
};

export const LEVEL_FILL: Record<CitationLevel, string> = {
  'trung-uong': '#eef2ff',
  tinh: '#fff4dc',
};

/** Id of the arrowhead a replacement edge points at the replaced text with. */
export const REPLACEMENT_MARKER = 'mui-ten-thay-the';
