import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { verifyGeneratedDocument } from '../lib/importer/verify-documents.ts';

/**
 * Before any page is rendered (and any MDX module runs), every generated document must be what
 * the importer makes from its JSON. At build start: the collections' schemas have spoken by then,
 * with their own messages. DOCUMENTS_DIR is the switch src/content.config.ts reads.
 */
export function verifyDocuments(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'so-tay:verify-documents',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': ({ logger }) => {
        const dir = resolve(root, process.env.DOCUMENTS_DIR ?? 'content/documents');
        if (!existsSync(dir)) return;
        const files = readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort();
        const shown = (f: string) => relative(process.cwd(), join(dir, f)) || f;
        for (const file of files) {
          const jsonFile = file.replace(/\.mdx$/, '.json');
          const json = existsSync(join(dir, jsonFile)) ? readFileSync(join(dir, jsonFile), 'utf8') : undefined;
          verifyGeneratedDocument(shown(file), readFileSync(join(dir, file), 'utf8'), shown(jsonFile), json);
        }
        logger.info(`${files.length} văn bản: MDX đúng là những gì trình nhập sinh ra từ JSON.`);
      },
    },
  };
}
