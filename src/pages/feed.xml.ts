import type { APIRoute } from 'astro';
import { feedResponse, LIBRARY_FEED, libraryDocuments } from '../utils/feeds.ts';

/** Atom feed of the whole library: one entry per document, updated when its source text changes. */
export const GET: APIRoute = async ({ site }) => feedResponse(await libraryDocuments(), LIBRARY_FEED, 'tat-ca', site);
