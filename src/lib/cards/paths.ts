/** Where the site publishes cards, link-preview images and share pages (paths under the base). */

/** The citation card of one unit: `the/<slug>/<eId>.png`. */
export function cardPath(slug: string, eId: string): string {
  return `the/${slug}/${eId}.png`;
}

/** The Open Graph image of a document, or of one of its articles. */
export function ogImagePath(slug: string, eId?: string): string {
  return eId ? `og/${slug}/${eId}.png` : `og/${slug}.png`;
}

/** The share page of an article, which link previews can see (a #fragment they cannot). */
export function sharePagePath(slug: string, eId: string): string {
  return `van-ban/${slug}/${eId}/`;
}

/** The document page, optionally at a unit. */
export function documentPath(slug: string, eId?: string): string {
  return eId ? `van-ban/${slug}/#${eId}` : `van-ban/${slug}/`;
}
