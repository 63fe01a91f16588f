import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { headerPolicy, SECURITY_HEADERS } from '../lib/site/security-policy.ts';

/** Writes `_headers` (Netlify/Cloudflare Pages format) with the same policy the pages carry. */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'so-tay:security-headers',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const lines = ['/*', `  Content-Security-Policy: ${headerPolicy()}`, ...Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`)];
        await writeFile(new URL('_headers', dir), `${lines.join('\n')}\n`);
      },
    },
  };
}
