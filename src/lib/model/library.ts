import type { DocumentFrontmatter } from '../../schemas/document-meta.ts';
import { dateKey } from './dates.ts';

/**
 * Newest first. A text without a date sorts by the latest date it cites: it cannot be older
 * than that, and the site says so rather than invent a date.
 */
export function byNewest<T extends { data: Pick<DocumentFrontmatter, 'date' | 'notBefore' | 'slug'> }>(docs: T[]): T[] {
  const key = (d: T) => Math.max(dateKey(d.data.date), dateKey(d.data.notBefore));
  return [...docs].sort((a, b) => key(b) - key(a) || a.data.slug.localeCompare(b.data.slug));
}
