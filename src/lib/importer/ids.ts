import type { AttachmentJson, UnitJson } from '../../schemas/document-tree.ts';
import { formatSegment, numToken, pinpointLabel, toAknEId, type EIdSegment } from '../model/eid.ts';
import type { DraftAttachment, DraftUnit } from './recognize.ts';

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

/**
 * Gives every unit its eId, Akoma Ntoso eId and citation label. Ids come from the numbers the
 * text writes, so they survive re-imports; unnumbered units (đoạn, gạch đầu dòng) count from 1
 * within their parent. A number written twice gets a `_2` suffix and is reported, never dropped.
 */
export function assignIds(units: DraftUnit[], parentEId: string | undefined, defects: Defect[]): UnitJson[] {
  const seen = new Map<string, number>();
  const counters = new Map<string, number>();
  const previous = new Map<string, { num: string; ordinal: number }>();

  return units.map((unit) => {
    let token: string;
    if (NUMBERED.has(unit.kind) && unit.num) {
      token = numToken(unit.num);
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
    }
    const segment: EIdSegment = { kind: unit.kind, token };
    const key = formatSegment(segment);
    const times = (seen.get(key) ?? 0) + 1;
    seen.set(key, times);
    if (times > 1) {
      segment.duplicate = times;
      defects.push({ line: unit.line, message: `Số "${unit.marker ?? unit.num}" được dùng lần thứ ${times} trong cùng một cấp` });
    }
    // Articles are numbered through the whole document, so their ids do not carry the chapter;
    // basis lines ("Căn cứ …") are few and cited on their own.
    const rooted = unit.kind === 'article' || unit.kind === 'basis' || !parentEId;
    const eId = rooted ? formatSegment(segment) : `${parentEId}__${formatSegment(segment)}`;
    const json: UnitJson = {
      kind: unit.kind,
      eId,
      aknEId: toAknEId(eId),
      label: pinpointLabel(eId),
      ...(unit.num !== undefined ? { num: unit.num } : {}),
      ...(unit.marker !== undefined ? { marker: unit.marker } : {}),
      ...(unit.heading ? { heading: unit.heading } : {}),
      ...(unit.text ? { text: unit.text } : {}),
      line: unit.line,
      children: [],
    };
    json.children = assignIds(unit.children, eId, defects);
    return json;
  });
}

export function assignAttachmentIds(attachments: DraftAttachment[], defects: Defect[]): AttachmentJson[] {
  return attachments.map((a, i) => {
    const eId = formatSegment({ kind: 'attachment', token: String(i + 1) });
    return {
      eId,
      aknEId: toAknEId(eId),
      label: pinpointLabel(eId),
      line: a.line,
      header: a.header,
      title: a.title,
      children: assignIds(a.children, eId, defects),
      closing: a.closing,
    };
  });
}
