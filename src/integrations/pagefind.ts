import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Element, Root, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import * as pagefind from 'pagefind';
import { SKIP, visit } from 'unist-util-visit';
import { canonicalTones } from '../lib/search/vietnamese.ts';

const UNUSED_BUNDLES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-highlight.js',
  // Pagefind runs on the page or in the site's own search worker (src/scripts/search/worker.ts).
  'pagefind-worker.js',
];

/** The page as Pagefind should read it: the indexed body with tone placement made canonical. */
export function indexableHtml(html: string): string {
  const tree: Root = fromHtml(html);
  visit(tree, 'element', (node: Element) => {
    if (node.properties.dataPagefindBody === undefined) return;
    visit(node, 'text', (text: Text) => {
      text.value = canonicalTones(text.value);
    });
    return SKIP;
  });
  return toHtml(tree);
}

/**
 * Builds the Pagefind index after the site is built, through Pagefind's Node API, the way
 * Starlight does: every response's errors are collected into one thrown error with a cause,
 * and the service is always closed.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'so-tay:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const errors: string[] = [];
        try {
          const created = await pagefind.createIndex({ forceLanguage: 'vi' });
          errors.push(...created.errors);
          const index = created.index;
          if (!index) throw new Error('Pagefind không tạo được chỉ mục');
          const files = (await readdir(root, { recursive: true, withFileTypes: true })).filter((e) => e.isFile() && e.name.endsWith('.html'));
          let pages = 0;
          for (const file of files) {
            const path = join(file.parentPath, file.name);
            const content = await readFile(path, 'utf8');
            if (!content.includes('data-pagefind-body')) continue;
            const added = await index.addHTMLFile({ sourcePath: relative(root, path), content: indexableHtml(content) });
            errors.push(...added.errors.map((e) => `${relative(root, path)}: ${e}`));
            pages++;
          }
          const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
          errors.push(...written.errors);
          // The site has its own search interface and worker; Pagefind's ready-made ones would
          // only be dead weight in dist/ and in the offline cache.
          for (const ui of UNUSED_BUNDLES) await rm(join(root, 'pagefind', ui), { force: true });
          if (errors.length) throw new Error(errors.join('\n'));
          logger.info(`Pagefind: đã lập chỉ mục ${pages} trang.`);
        } catch (cause) {
          throw new Error('Không lập được chỉ mục tìm kiếm Pagefind.', { cause });
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
