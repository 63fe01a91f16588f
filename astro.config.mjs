// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { astroCacheDir, buildStamp } from './src/integrations/build-stamp.ts';
import { checkLinks } from './src/integrations/check-links.ts';
import { offline } from './src/integrations/offline.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { prerenderCards } from './src/integrations/prerender-cards.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { verifyDocuments } from './src/integrations/verify-documents.ts';
import { sitemapAlias } from './src/integrations/sitemap-alias.ts';
import { isMoved, routes, withBase } from './src/lib/routes.ts';
import { CSP_DIRECTIVES, SCRIPT_SOURCES, STYLE_SOURCES } from './src/lib/site/security-policy.ts';

/**
 * SITE_BASE hosts the site under a sub-path (e.g. `/so-tay/` on a provincial intranet);
 * every link, asset and anchor goes through Astro's `base`, so this one option is enough.
 * SITE_URL is the public origin, used for canonical URLs only: permalinks are built from
 * the address the reader is actually on.
 */
const base = process.env.SITE_BASE ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base,
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  // Separate caches let tests build fixture sites without touching the main build's content store.
  cacheDir: astroCacheDir(),
  trailingSlash: 'always',
  // Stylesheets as files, never inline: the policy then needs no per-page style hashes.
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // The official text must reach the page as written: no smart quotes, no "…" for "...",
  // no autolinks. MDX uses the same micromark parser the importer verifies its output with.
  // No code blocks in these texts, so no syntax highlighter (Shiki's inline styles break the CSP).
  markdown: { processor: unified({ gfm: false, smartypants: false }), syntaxHighlight: false },
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...SCRIPT_SOURCES] },
      styleDirective: { resources: [...STYLE_SOURCES] },
    },
  },
  integrations: [verifyDocuments(), prerenderCards(), mdx(), sitemap({ filter: (page) => !/\/404\/?$/.test(page) && !isMoved(page, base) && !new URL(page).pathname.startsWith(withBase(routes.offline(), base)) }), sitemapAlias(), checkLinks(), securityHeaders(), pagefindIndex(), offline(), buildStamp()],
  vite: {
    // The search page's worker imports Pagefind's module at run time: a module worker.
    worker: { format: 'es' },
    build: {
      // Nothing inlined: every script and asset is a file, so the header policy needs no hashes.
      assetsInlineLimit: 0,
      // Stylesheets split by page (Vite's default): each page links the site's sheet and its own,
      // so a document page does not carry the search page's, the comparisons' or the citations'.
      rolldownOptions: {
        onwarn(warning, warn) {
          // Astro's own MDX head-propagation marker, harmless: withastro/astro#18087.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
