/**
 * Document families: which text replaced which, read from the metadata (`replaces`, and
 * `status.replacedBy` for a replacement no text in the library makes), each text in the family
 * linked to its page in the library or its cited-document page, with its date as the texts give it.
 */
import type { DocumentFrontmatter, DocumentStatusValue, PartialDate } from '../../schemas/document-meta.ts';
import type { CitedDocument } from '../citations/registry.ts';
import { dateKey, formatPartialDate } from '../model/dates.ts';

/** Where an entry links: a document of the library (or one part of it), or a cited document's page. */
export type Target = { kind: 'document'; slug: string; unit?: string } | { kind: 'cited'; id: string };

export interface TimelineEntry {
  key: string;
  /** How the texts name it. */
  label: string;
  target: Target;
  /** The date as a text writes it ("19/4/2019", "…/02/2026"); null when no text gives one. */
  date: string | null;
  /** What to say about the date beside or instead of it: "chưa ghi ngày", "không văn bản nào ghi ngày". */
  dateNote: string | null;
  /** For a text of the library: its status. */
  status?: DocumentStatusValue;
}

/** One replacement: `from` was replaced, in whole or in part, by `to`. */
export interface TimelineStep {
  from: string;
  to: string;
  partial: boolean;
  /** The replacing text is a draft: the replacement takes place only once it is issued. */
  draft: boolean;
}

export interface Timeline {
  /** Oldest first: every text after the ones it replaces. */
  entries: TimelineEntry[];
  steps: TimelineStep[];
}

type TimelineMeta = Pick<DocumentFrontmatter, 'slug' | 'shortTitle' | 'date' | 'notBefore' | 'status' | 'replaces'>;

const documentKey = (slug: string, unit?: string) => `van-ban:${slug}${unit ? `#${unit}` : ''}`;
const citedKey = (id: string) => `dan-chieu:${id}`;

/** The registry's date as the label writes it ("19/4/2019", not "19/04/2019"), when it does. */
function writtenDate(label: string, date: PartialDate | null): string | null {
  if (!date?.year) return null;
  for (const m of label.matchAll(/(\d{1,2})\/(\d{1,2})\/(\d{4})/g)) {
    if (Number(m[1]) === date.day && Number(m[2]) === date.month && Number(m[3]) === date.year) return m[0];
  }
  return formatPartialDate(date);
}

function documentDate(meta: TimelineMeta): Pick<TimelineEntry, 'date' | 'dateNote'> {
  const date = formatPartialDate(meta.date);
  if (date) return { date, dateNote: meta.date?.day === null ? 'chưa ghi ngày' : null };
  const notBefore = formatPartialDate(meta.notBefore);
  return { date: null, dateNote: notBefore ? `không ghi ngày; có dẫn chiếu văn bản ngày ${notBefore}` : 'không ghi ngày' };
}

/** Every family of the library with at least one replacement, each oldest first. */
export function buildTimelines(
  documents: TimelineMeta[],
  citedById: (id: string) => CitedDocument | undefined,
  /** How a citation names a unit of a document: "Mẫu kèm theo". */
  unitLabel: (slug: string, unit: string) => string,
): Timeline[] {
  const entries = new Map<string, TimelineEntry>();
  const steps: TimelineStep[] = [];
  const bySlug = new Map(documents.map((d) => [d.slug, d]));
  const sortKey = new Map<string, number>();

  const library = (meta: TimelineMeta, unit?: string, label = meta.shortTitle): string => {
    const key = documentKey(meta.slug, unit);
    if (!entries.has(key)) {
      entries.set(key, { key, label, target: { kind: 'document', slug: meta.slug, ...(unit ? { unit } : {}) }, ...documentDate(meta), status: meta.status.value });
      sortKey.set(key, Math.max(dateKey(meta.date), dateKey(meta.notBefore)));
    }
    return key;
  };
  const other = (ref: { label: string; slug?: string; cited?: string }): string | undefined => {
    const doc = ref.slug ? bySlug.get(ref.slug) : undefined;
    if (doc) return library(doc);
    const cited = ref.cited ? citedById(ref.cited) : undefined;
    if (!cited) return undefined;
    const key = citedKey(cited.id);
    if (!entries.has(key)) {
      const date = writtenDate(ref.label, cited.date);
      entries.set(key, { key, label: ref.label, target: { kind: 'cited', id: cited.id }, date, dateNote: date ? null : 'không văn bản nào ghi ngày' });
      sortKey.set(key, dateKey(cited.date));
    }
    return key;
  };

  for (const meta of documents) {
    for (const r of meta.replaces) {
      const from = other(r);
      if (!from) continue;
      const to = r.partial && r.by ? library(meta, r.by, `${unitLabel(meta.slug, r.by)} ${meta.shortTitle}`) : library(meta);
      steps.push({ from, to, partial: r.partial, draft: meta.status.value === 'du-thao' });
    }
    const by = meta.status.replacedBy;
    const to = by ? other(by) : undefined;
    if (to) steps.push({ from: library(meta), to, partial: false, draft: false });
  }

  // The same replacement told from both sides (replaces and replacedBy) is one step.
  const unique = [...new Map(steps.map((s) => [`${s.from}>${s.to}`, s])).values()];
  return families(unique).map((keys) => ({
    entries: ordered(keys, unique, sortKey).map((k) => entries.get(k)!),
    steps: unique.filter((s) => keys.has(s.from)),
  }));
}

/** The connected groups of steps, as sets of entry keys, in the order their first step was met. */
function families(steps: TimelineStep[]): Set<string>[] {
  const groups: Set<string>[] = [];
  for (const s of steps) {
    const joined = groups.filter((g) => g.has(s.from) || g.has(s.to));
    const merged = new Set([s.from, s.to, ...joined.flatMap((g) => [...g])]);
    for (const g of joined) groups.splice(groups.indexOf(g), 1);
    groups.push(merged);
  }
  return groups;
}

/** Replaced before replacing; between texts the steps do not order, older date first. */
function ordered(keys: Set<string>, steps: TimelineStep[], sortKey: Map<string, number>): string[] {
  const pending = new Set(keys);
  const out: string[] = [];
  while (pending.size) {
    const ready = [...pending].filter((k) => !steps.some((s) => s.to === k && pending.has(s.from)));
    // A cycle (two texts each claiming to replace the other) still lists every text once.
    const pool = ready.length ? ready : [...pending];
    const next = pool.sort((a, b) => (sortKey.get(a) ?? 0) - (sortKey.get(b) ?? 0) || a.localeCompare(b))[0]!;
    out.push(next);
    pending.delete(next);
  }
  return out;
}

/** The families a document belongs to (as a whole or by a part), or a cited document. */
export function timelinesOf(timelines: Timeline[], target: { slug: string } | { cited: string }): Timeline[] {
  return timelines.filter((t) =>
    t.entries.some((e) => ('slug' in target ? e.target.kind === 'document' && e.target.slug === target.slug : e.target.kind === 'cited' && e.target.id === target.cited)),
  );
}

/** What replaced the document, by the timelines: the entries one step after it. */
export function replacersOf(timelines: Timeline[], slug: string): { entry: TimelineEntry; step: TimelineStep }[] {
  return timelines.flatMap((t) =>
    t.steps
      .filter((s) => s.from === documentKey(slug))
      .map((step) => ({ entry: t.entries.find((e) => e.key === step.to)!, step })),
  );
}

/**
 * The replacements between a text of the library and a cited text, for the relationship
 * picture: "replaces" when the library's text (or a part of it) replaced the cited one,
 * "replacedBy" when the cited one replaced it. Replacements between two texts of the library
 * have no edge there: the picture only joins the library to what it cites.
 */
export interface ReplacementEdge {
  document: string;
  cited: string;
  relation: 'replaces' | 'replacedBy';
}

export function replacementEdges(timelines: Timeline[]): ReplacementEdge[] {
  return timelines.flatMap((t) =>
    t.steps.flatMap((s): ReplacementEdge[] => {
      const from = t.entries.find((e) => e.key === s.from)!.target;
      const to = t.entries.find((e) => e.key === s.to)!.target;
      if (from.kind === 'cited' && to.kind === 'document') return [{ document: to.slug, cited: from.id, relation: 'replaces' }];
      if (from.kind === 'document' && to.kind === 'cited') return [{ document: from.slug, cited: to.id, relation: 'replacedBy' }];
      return [];
    }),
  );
}
