import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkSiteLinks } from '../lib/checks/site-links.ts';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/** Fails the build when a built page links to a missing page, file or anchor, or repeats an id. */
export function checkLinks(): AstroIntegration {
  let base = '/';
  return {
    name: 'so-tay:check-links',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = await htmlFiles(root);
        const pages = await Promise.all(files.map(async (f) => ({ file: relative(root, f), html: await readFile(f, 'utf8') })));
        const problems = checkSiteLinks(pages, { base, exists: (file) => existsSync(join(root, file)) });
        if (problems.length) {
          const list = problems.map((p) => `  ${p.file}: ${p.link} — ${p.message}`).join('\n');
          throw new Error(`${problems.length} liên kết hỏng hoặc id trùng trong trang đã dựng:\n${list}`);
        }
        logger.info(`${pages.length} trang, không có liên kết hỏng hay id trùng.`);
      },
    },
  };
}
