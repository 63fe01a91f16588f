/**
 * Renders every citation card and link preview before Astro builds the pages, spread over one
 * worker thread per core, into the card cache; the card endpoints then find each PNG there.
 * Cards already cached (a warm build) are skipped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { cardAddress } from '../lib/cards/inputs.ts';
import { renderCards } from '../lib/cards/pool.ts';
import { documentCards } from '../lib/cards/site-cards.ts';
import { withBase } from '../lib/routes.ts';
import { documentTreeSchema } from '../schemas/document-tree.ts';

export function prerenderCards(): AstroIntegration {
  let address = (path: string) => path;
  return {
    name: 'so-tay:cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        // As the endpoints write it (cardPermalink in src/utils/cards.ts): under the base, on SITE_URL.
        address = (path) => cardAddress(withBase(path, config.base), process.env.SITE_URL);
      },
      'astro:build:start': async ({ logger }) => {
        // The same files the `structures` collection loads (src/content.config.ts).
        const dir = process.env.DOCUMENTS_DIR ?? './content/documents';
        const trees = readdirSync(dir)
          .filter((f) => f.endsWith('.json'))
          .map((f) => documentTreeSchema.parse(JSON.parse(readFileSync(join(dir, f), 'utf8'))));
        const start = performance.now();
        const result = await renderCards(trees.flatMap((tree) => documentCards(tree, address)));
        const seconds = ((performance.now() - start) / 1000).toFixed(1);
        logger.info(`${result.rendered} thẻ vẽ mới trên ${result.threads} luồng (${seconds} s), ${result.cached} thẻ có sẵn trong bộ nhớ đệm.`);
      },
    },
  };
}
