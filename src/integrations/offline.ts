import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { serviceWorkerPlan } from '../lib/site/offline.ts';

/**
 * Writes `sw.js` after the build, with the files it caches for offline reading and what it
 * answers for the others (src/lib/site/offline.ts).
 * Keep it last among the integrations: it must see everything the others wrote (the search index).
 */
export function offline(): AstroIntegration {
  let base = '/';
  return {
    name: 'so-tay:offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const entries = await readdir(root, { recursive: true, withFileTypes: true });
        const plan = serviceWorkerPlan(entries.filter((e) => e.isFile()).map((e) => relative(root, join(e.parentPath, e.name))));
        const files = plan.precache;
        const hash = createHash('sha256').update(JSON.stringify(plan));
        for (const f of files) hash.update(f).update(await readFile(join(root, f.endsWith('/') || f === '' ? `${f}index.html` : f)));
        const template = await readFile(new URL('../scripts/service-worker.js', import.meta.url), 'utf8');
        const sw = template
          .replace('__BASE__', JSON.stringify(base))
          .replace('__VERSION__', JSON.stringify(hash.digest('hex').slice(0, 12)))
          .replace('__PLAN__', () => JSON.stringify(plan));
        await writeFile(join(root, 'sw.js'), sw);
        logger.info(`sw.js: ${files.length} tệp được lưu để đọc khi mất mạng, ${plan.onVisit.length} trang lưu khi được mở.`);
      },
    },
  };
}
