import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { documentFrontmatterSchema } from './schemas/document-meta.ts';
import { documentTreeSchema } from './schemas/document-tree.ts';

/** Where `npm run import` writes; tests point it at fixtures. */
const documentsDir = process.env.DOCUMENTS_DIR ?? './content/documents';

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
};
