import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkSiteLinks, describeProblem, pageSources, type MdxSource } from '../lib/checks/site-links.ts';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/** The generated MDX files the pages come from. DOCUMENTS_DIR is the switch src/content.config.ts reads. */
function documentFiles(root: string): MdxSource[] {
  const dir = resolve(root, process.env.DOCUMENTS_DIR ?? 'content/documents');
  const mdx = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.mdx')) : [];
  return mdx.map((f) => ({ file: relative(process.cwd(), join(dir, f)), text: readFileSync(join(dir, f), 'utf8') }));
}

/** Fails the build when a built page links to a missing page, file or anchor, or repeats an id. */
export function checkLinks(): AstroIntegration {
  let base = '/';
  let projectRoot = process.cwd();
  return {
    name: 'so-tay:check-links',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        projectRoot = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = await htmlFiles(root);
        const pages = await Promise.all(files.map(async (f) => ({ file: relative(root, f), html: await readFile(f, 'utf8') })));
        const problems = checkSiteLinks(pages, { base, exists: (file) => existsSync(join(root, file)) });
        if (problems.length) {
          const sourceOf = pageSources(documentFiles(projectRoot));
          const list = problems.map((p) => `  ${describeProblem(p, sourceOf)}`).join('\n');
          throw new Error(`${problems.length} liên kết hỏng hoặc id trùng trong trang đã dựng:\n${list}`);
        }
        logger.info(`${pages.length} trang, không có liên kết hỏng hay id trùng.`);
      },
    },
  };
}
