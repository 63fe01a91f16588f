import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { byNewest } from '../../lib/model/library.ts';
import { documentCitation } from '../../lib/model/pinpoint.ts';
import { replacersOf } from '../../lib/status/timeline.ts';
import { statusData, targetHref } from '../../utils/status.ts';
import { href } from '../../utils/url.ts';
import { routes } from '../../lib/routes.ts';

/**
 * The library as data: every document's metadata (with its status, the evidence for it, each
 * quoted sentence's page, and its import history), its citation and where its full structure is.
 */
export const GET: APIRoute = async () => {
  const { timelines } = await statusData();
  const documents = byNewest(await getCollection('documents')).map(({ data }) => ({
    ...data,
    citation: documentCitation(data),
    page: href(routes.document(data.slug)),
    structure: href(routes.api.document(data.slug)),
    // The status's evidence, in order, each quoted sentence with the page of the unit it stands in.
    statusEvidence: data.status.evidence.map((e) => {
      if (!('unit' in e)) return e;
      const document = e.document ?? data.slug;
      return { ...e, document, page: targetHref({ kind: 'document', slug: document, unit: e.unit }) };
    }),
    relations: {
      replaces: data.replaces.map((r) => {
        const target = r.slug ? ({ kind: 'document', slug: r.slug } as const) : r.cited ? ({ kind: 'cited', id: r.cited } as const) : undefined;
        return { label: r.label, page: target ? targetHref(target) : null };
      }),
      replacedBy: replacersOf(timelines, data.slug).map(({ entry }) => ({ label: entry.label, page: targetHref(entry.target) })),
    },
  }));
  return new Response(`${JSON.stringify({ documents }, null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
