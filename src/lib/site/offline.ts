/**
 * What the service worker keeps for offline reading: every page and what pages need to render
 * and search. Pictures for sharing (cards, Open Graph images) and the machine-readable API are
 * left to the network: they are large and no page needs them to be read. So are the Atom feeds,
 * which only a feed reader asks for, online.
 */
import { isMoved, SECTIONS } from '../routes.ts';

const EXCLUDED = [new RegExp(`^${SECTIONS.feeds}(\\.xml$|/)`), /\.png$/i, /\.jpe?g$/i, /^api\//, /^sitemap/, /^robots\.txt$/, /^_headers$/, /^sw\.js$/, /\.map$/];

export function precacheList(files: string[]): string[] {
  return files
    .map((f) => f.replace(/\\/g, '/'))
    .filter((f) => !EXCLUDED.some((re) => re.test(f)) && !isMoved(f))
    .map((f) => (f === 'index.html' ? '' : f.endsWith('/index.html') ? f.slice(0, -'index.html'.length) : f))
    .sort();
}
