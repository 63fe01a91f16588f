/** The citation catalog for pages, built once per build from the content collections. */
import { getCollection } from 'astro:content';
import { buildCatalog, type Catalog } from '../lib/citations/catalog.ts';
import { Registry } from '../lib/citations/registry.ts';
import { byNewest } from '../lib/model/library.ts';
import type { DocumentTree } from '../schemas/document-tree.ts';

export interface CitationData {
  catalog: Catalog;
  registry: Registry;
  /** The library's documents, newest first, as the catalog lists citing documents. */
  documents: DocumentTree[];
  shortTitleOf: (slug: string) => string;
}

// Once per build: every page that needs the catalog shares one, and its checks run once.
let loading: Promise<CitationData> | undefined;

async function load(): Promise<CitationData> {
  const [structures, cited] = await Promise.all([getCollection('structures'), getCollection('cited')]);
  const registry = new Registry(cited.map((e) => ({ ...e.data, id: e.id, file: e.filePath ?? `content/cited/${e.id}.yaml` })));
  const ordered = byNewest(structures.map((s) => ({ data: s.data.meta, s })));
  const documents = ordered.map(({ s }) => s.data);
  const catalog = buildCatalog(
    ordered.map(({ s }) => ({ tree: s.data, file: s.filePath ?? `content/documents/${s.id}.json` })),
    registry,
  );
  const titles = new Map(documents.map((d) => [d.meta.slug, d.meta.shortTitle]));
  return { catalog, registry, documents, shortTitleOf: (slug) => titles.get(slug) ?? slug };
}

/** Fails the build, with every problem listed, when the documents and the registry disagree. */
export function citationData(): Promise<CitationData> {
  loading ??= load();
  return loading;
}
