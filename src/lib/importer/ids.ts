/**
 * The one place structure ids are given: every unit's eId, Akoma Ntoso eId, level name and
 * citation label, the attached forms' and the fixed parts' (mở đầu, nơi nhận, phần ký). Ids come
 * from the numbers the text writes, so they survive re-imports; unnumbered units (đoạn, gạch đầu
 * dòng) count from 1 within their parent. A number written twice gets a `_2` suffix and is
 * reported, never dropped. Everything downstream reads these stored fields (src/lib/model/tree.ts).
 */
import type { AttachmentJson, DocumentParts, UnitJson } from '../../schemas/document-tree.ts';
import {
  citationLabel,
  formatAknSegment,
  formatSegment,
  levelName,
  numToken,
  type EIdSegment,
  type PartName,
} from '../model/eid.ts';
import type { DraftAttachment, DraftDocument, DraftUnit } from './recognize.ts';

export interface Defect {
  line: number;
  message: string;
}

/** Kinds whose number restarts under each parent and is written in the text. */
const NUMBERED = new Set(['chapter', 'section', 'article', 'clause', 'point', 'subpoint', 'footnote']);

function romanValue(s: string): number | undefined {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = values[s[i]!];
    const next = values[s[i + 1] ?? ''] ?? 0;
    if (v === undefined) return undefined;
    total += v < next ? -v : v;
  }
  return total;
}

function ordinal(num: string): number | undefined {
  const last = num.split('.').at(-1)!;
  if (/^\d+$/.test(last)) return Number(last);
  return romanValue(last) ?? (/^[a-zđ]$/.test(last) ? 'abcdđeghiklmnopqrstuvxy'.indexOf(last) + 1 || undefined : undefined);
}

/** The ids of a unit's parent: what a child's ids are built on. */
interface ParentIds {
  eId: string;
  aknEId: string;
  /** Level names from the outermost level of the eId down to this one. */
  names: string[];
}

function child(parent: ParentIds | undefined, segment: EIdSegment, name: string, rooted: boolean): ParentIds {
  const on = rooted ? undefined : parent;
  return {
    eId: on ? `${on.eId}__${formatSegment(segment)}` : formatSegment(segment),
    aknEId: on ? `${on.aknEId}__${formatAknSegment(segment)}` : formatAknSegment(segment),
    names: [...(on?.names ?? []), name],
  };
}

/**
 * Units whose ids stand at the top (articles, basis lines), seen across the whole document: two
 * chapters that both start at "Điều 1" must not give two units one id.
 */
type RootedSeen = Map<string, number>;

function assignUnits(units: DraftUnit[], parent: ParentIds | undefined, defects: Defect[], rootedSeen: RootedSeen, rootArticles = true): UnitJson[] {
  const seen = new Map<string, number>();
  const counters = new Map<string, number>();
  const previous = new Map<string, { num: string; ordinal: number }>();

  return units.map((unit) => {
    let token: string;
    let shown: string;
    if (NUMBERED.has(unit.kind) && unit.num) {
      token = numToken(unit.num);
      shown = unit.num;
      const ord = ordinal(unit.num);
      const prev = previous.get(unit.kind);
      if (ord !== undefined && prev && ord !== prev.ordinal + 1 && ord !== prev.ordinal) {
        defects.push({ line: unit.line, message: `Số thứ tự nhảy từ ${prev.num} sang ${unit.num}` });
      }
      if (ord !== undefined) previous.set(unit.kind, { num: unit.num, ordinal: ord });
    } else {
      const n = (counters.get(unit.kind) ?? 0) + 1;
      counters.set(unit.kind, n);
      token = String(n);
      shown = token;
    }
    const segment: EIdSegment = { kind: unit.kind, token };
    const key = formatSegment(segment);
    // Articles are numbered through the whole document, so their ids do not carry the chapter;
    // basis lines ("Căn cứ …") are few and cited on their own. In an attached form, both sit under it.
    const rooted = unit.kind === 'basis' || (rootArticles && unit.kind === 'article');
    const counts = rooted ? rootedSeen : seen;
    const times = (counts.get(key) ?? 0) + 1;
    counts.set(key, times);
    if (times > 1) {
      segment.duplicate = times;
      defects.push({ line: unit.line, message: `Số "${unit.marker ?? unit.num}" được dùng lần thứ ${times} ${rooted ? 'trong văn bản' : 'trong cùng một cấp'}` });
    }
    const name = levelName(unit.kind, shown, segment.duplicate);
    const ids = child(parent, segment, name, rooted);
    const json: UnitJson = {
      kind: unit.kind,
      eId: ids.eId,
      aknEId: ids.aknEId,
      name,
      label: citationLabel(ids.names),
      ...(unit.num !== undefined ? { num: unit.num } : {}),
      ...(unit.marker !== undefined ? { marker: unit.marker } : {}),
      ...(unit.heading ? { heading: unit.heading } : {}),
      ...(unit.text ? { text: unit.text } : {}),
      line: unit.line,
      children: [],
    };
    json.children = assignUnits(unit.children, ids, defects, rootedSeen, rootArticles);
    return json;
  });
}

function part(name: PartName): ParentIds {
  return child(undefined, { kind: name }, levelName(name, undefined), true);
}

/** The ids of every fixed part, attached form and unit of a recognized document. */
export function assignIds(draft: DraftDocument, defects: Defect[]) {
  const preamblePart = part('preamble');
  const rootedSeen: RootedSeen = new Map();
  // Basis lines are rooted (`can-cu-2`); the preamble's other paragraphs sit under `mo-dau`.
  const basis = assignUnits(
    draft.preamble.filter((u) => u.kind === 'basis'),
    undefined,
    defects,
    rootedSeen,
  );
  const paragraphs = assignUnits(
    draft.preamble.filter((u) => u.kind !== 'basis'),
    preamblePart,
    defects,
    rootedSeen,
  );
  const parts: DocumentParts = {};
  const describe = (ids: ParentIds) => ({ eId: ids.eId, aknEId: ids.aknEId, label: citationLabel(ids.names) });
  if (draft.header.length) parts.header = describe(part('header'));
  if (draft.preamble.length) parts.preamble = describe(preamblePart);
  if (draft.recipients) parts.recipients = describe(part('recipients'));
  if (draft.signature) parts.signature = describe(part('signature'));
  return {
    parts,
    // In source order, basis lines and paragraphs as they alternate.
    preamble: [...basis, ...paragraphs].sort((a, b) => a.line - b.line),
    body: assignUnits(draft.body, undefined, defects, rootedSeen),
    attachments: assignAttachmentIds(draft.attachments, defects, rootedSeen),
  };
}

function assignAttachmentIds(attachments: DraftAttachment[], defects: Defect[], rootedSeen: RootedSeen): AttachmentJson[] {
  return attachments.map((a, i) => {
    const segment: EIdSegment = { kind: 'attachment', token: String(i + 1) };
    const name = levelName('attachment', String(i + 1));
    const ids = child(undefined, segment, name, true);
    return {
      eId: ids.eId,
      aknEId: ids.aknEId,
      label: citationLabel(ids.names),
      line: a.line,
      header: a.header,
      title: a.title,
      children: assignUnits(a.children, ids, defects, rootedSeen, false),
      closing: a.closing,
    };
  });
}
