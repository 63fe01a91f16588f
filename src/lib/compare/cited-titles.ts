/**
 * The titles of the cited documents (`content/cited/<id>.yaml`, field `title`) for scripts and
 * tests that run outside Astro; pages read the same files through the `cited` collection.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { citedDocumentSchema } from '../../schemas/cited-document.ts';
import type { CitedTitles } from './reading.ts';

export function readCitedTitles(dir: string): CitedTitles {
  const titles = new Map<string, string>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort()) {
    const doc = citedDocumentSchema.parse(parse(readFileSync(join(dir, name), 'utf8')));
    if (doc.title) titles.set(name.replace(/\.yaml$/, ''), doc.title);
  }
  return titles;
}
