import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMoved } from '../../src/lib/routes.ts';
import { DIST, ROOT } from './paths.ts';

/** Every HTML page of a build, as URL paths relative to the site root ("van-ban/x/", "404.html"). */
export function builtPages(dist = DIST): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dist, join(e.parentPath, e.name)).replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}

/** The Astro page routes of src/pages, as a route file and the pattern of the URLs it builds. */
function pageRoutes(): { file: string; pattern: RegExp; dynamic: boolean }[] {
  const pagesDir = join(ROOT, 'src/pages');
  return readdirSync(pagesDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.astro'))
    .map((e) => {
      const file = relative(pagesDir, join(e.parentPath, e.name));
      const url = file.replace(/\.astro$/, '').replace(/(^|\/)index$/, '').replace(/\/$/, '');
      const body = url
        .split('/')
        .map((seg) => (/^\[\.\.\.\w+\]$/.test(seg) ? '\0' : seg.replace(/[.*+?^${}()|\\]/g, '\\$&').replace(/\[\w+\]/g, '[^/]+')))
        .join('/');
      // A rest parameter (`[...kind]`) may also be empty: `ngoai-tuyen/` as well as `ngoai-tuyen/anh/`.
      const full = `${body}${body ? '/' : ''}`.replace('\0/', '(?:.+/)?');
      const pattern = file === '404.astro' ? /^404\.html$/ : new RegExp(`^${full}$`);
      return { file, pattern, dynamic: url.includes('[') };
    })
    // Static routes win over dynamic ones, as in Astro's own route priority.
    .sort((a, b) => Number(a.dynamic) - Number(b.dynamic));
}

/**
 * Built pages grouped by the route that renders them, each group largest page first. Pages of
 * one route share their markup and styles and differ in content, so the slow browser walks
 * (axe, Tab through every control) visit every route and its `perRoute` largest pages.
 */
export function pagesPerRoute(perRoute = 4, dist = DIST): string[] {
  const routes = pageRoutes();
  const groups = new Map<string, string[]>();
  // A moved page only sends the browser on (test/site/citations.browser.test.ts checks where).
  for (const page of builtPages(dist).filter((p) => !isMoved(p))) {
    const route = routes.find((r) => r.pattern.test(page));
    if (!route) throw new Error(`${page}: no page in src/pages builds it`);
    groups.set(route.file, [...(groups.get(route.file) ?? []), page]);
  }
  const size = (page: string) => statSync(join(dist, page.endsWith('.html') ? page : `${page}index.html`)).size;
  return [...groups.values()].flatMap((pages) => pages.sort((a, b) => size(b) - size(a)).slice(0, perRoute)).sort();
}
