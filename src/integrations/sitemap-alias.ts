import { copyFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';

/**
 * Puts @astrojs/sitemap's index at `/sitemap.xml` too, where crawlers and intranet admins
 * look first; the integration itself only writes `sitemap-index.xml`. List it after sitemap().
 */
export function sitemapAlias(): AstroIntegration {
  return {
    name: 'so-tay:sitemap-alias',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        await copyFile(new URL('sitemap-index.xml', dir), new URL('sitemap.xml', dir));
      },
    },
  };
}
