import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headerPolicy, SECURITY_HEADERS, withOwnHashes } from '../lib/site/security-policy.ts';

/**
 * Writes `_headers` (Netlify/Cloudflare Pages format) with the same policy the pages carry, and
 * leaves in each page's policy only the hashes of its own inline code. Runs before the service
 * worker's list is written (astro.config.mjs orders the integrations), so that list sees the final pages.
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'so-tay:security-headers',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const lines = ['/*', `  Content-Security-Policy: ${headerPolicy()}`, ...Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`)];
        await writeFile(new URL('_headers', dir), `${lines.join('\n')}\n`);
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html'));
        for (const page of pages) {
          const file = join(root, page);
          const html = await readFile(file, 'utf8');
          const pruned = withOwnHashes(html);
          if (pruned !== html) await writeFile(file, pruned);
        }
      },
    },
  };
}
