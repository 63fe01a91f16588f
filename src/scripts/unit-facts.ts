/**
 * A document's unit facts (src/lib/model/unit-facts.ts, `routes.unitFacts`), fetched once per
 * page; the service worker keeps them for offline use. null when the site has no such document
 * any more (404); the promise fails when they cannot be read at all (offline, never fetched).
 */
import type { DocumentUnitFacts } from '../lib/model/unit-facts.ts';
import { routes } from '../lib/routes.ts';
import { href } from '../utils/url.ts';

const cache = new Map<string, Promise<DocumentUnitFacts | null>>();

export function unitFacts(slug: string): Promise<DocumentUnitFacts | null> {
  let f = cache.get(slug);
  if (!f) {
    f = fetch(href(routes.unitFacts(slug))).then((r) => {
      if (r.status === 404) return null;
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return r.json() as Promise<DocumentUnitFacts>;
    });
    f.catch(() => cache.delete(slug));
    cache.set(slug, f);
  }
  return f;
}
