/** Statuses and document families for pages, checked and built once per build from the content collections. */
import { metaFileOf, partAt, shownEvidence, StatusCheckError, statusProblems, type ShownEvidence } from '../lib/status/evidence.ts';
import { buildTimelines, type Target, type Timeline } from '../lib/status/timeline.ts';
import { citationData } from './citations.ts';
import { routes } from '../lib/routes.ts';
import { href } from './url.ts';

export interface StatusData {
  timelines: Timeline[];
  evidenceOf: (slug: string) => ShownEvidence[];
}

let loading: Promise<StatusData> | undefined;

async function load(): Promise<StatusData> {
  const { documents, registry } = await citationData();
  const bySlug = new Map(documents.map((d) => [d.meta.slug, d]));
  // The build stops, naming the metadata file, on a status a text does not back.
  const problems = statusProblems(
    documents.map((tree) => ({ tree, file: metaFileOf(tree.meta) })),
    { cited: (id) => registry.documents.some((d) => d.id === id), document: (slug) => bySlug.get(slug) },
  );
  if (problems.length) throw new StatusCheckError(problems);
  const cited = new Map(registry.documents.map((d) => [d.id, d]));
  return {
    timelines: buildTimelines(
      documents.map((d) => d.meta),
      (id) => cited.get(id),
      (slug, unit) => partAt(bySlug.get(slug)!, unit)?.label ?? unit,
    ),
    evidenceOf: (slug) => shownEvidence(bySlug.get(slug)!, (s) => bySlug.get(s)),
  };
}

export function statusData(): Promise<StatusData> {
  loading ??= load();
  return loading;
}

/** The page a timeline entry or a fact links to. */
export function targetHref(target: Target): string {
  if (target.kind === 'cited') return href(routes.cited(target.id));
  return href(target.unit ? routes.unit(target.slug, target.unit) : routes.document(target.slug));
}
