import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { citedDocumentSchema } from './schemas/cited-document.ts';
import { documentFrontmatterSchema } from './schemas/document-meta.ts';
import { documentTreeSchema } from './schemas/document-tree.ts';

/** Where `npm run import` writes; tests point it at fixtures. */
const documentsDir = process.env.DOCUMENTS_DIR ?? './content/documents';
/** The registry of cited documents, shared with the importer. */
const citedDir = process.env.CITED_DIR ?? './content/cited';

/** Both collections are written by `npm run import`; a file that breaks its schema fails the build with its name. */
export const collections = {
  /** The text of each document, as MDX. */
  documents: defineCollection({
    loader: glob({ pattern: '*.mdx', base: documentsDir }),
    schema: documentFrontmatterSchema,
  }),
  /** The structure of each document: units, eIds, labels. */
  structures: defineCollection({
    loader: glob({ pattern: '*.json', base: documentsDir }),
    schema: documentTreeSchema,
  }),
  /** The documents the texts cite, one YAML file each; the file name is the id and the URL. */
  cited: defineCollection({
    loader: glob({ pattern: '*.yaml', base: citedDir }),
    schema: citedDocumentSchema,
  }),
};
