// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { checkLinks } from './src/integrations/check-links.ts';

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
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // The official text must reach the page as written: no smart quotes, no "…" for "...",
  // no autolinks. MDX uses the same micromark parser the importer verifies its output with.
  markdown: { processor: unified({ gfm: false, smartypants: false }) },
  integrations: [mdx(), checkLinks()],
  vite: {
    build: {
      // Scripts always ship as files, however small: no page has an inline script, so a strict
      // Content-Security-Policy (script-src 'self') holds on an intranet that sets one.
      assetsInlineLimit: (file) => (/\.[cm]?js$/.test(file) ? false : undefined),
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
