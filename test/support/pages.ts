import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DIST } from './paths.ts';

/** Every HTML page of a build, as URL paths relative to the site root ("van-ban/x/", "404.html"). */
export function builtPages(dist = DIST): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dist, join(e.parentPath, e.name)).replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}
