/**
 * npm test: every check, in the order that gives the clearest failure.
 * 1. Chromium is there (or gets installed), 2. content/documents/ matches the importer,
 * 3. types check (astro check: .ts and .astro), 4. unit tests, 5. the site builds (the build
 * itself checks links, ids and schemas), 6. tests over the built site and in headless Chromium.
 */
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './ensure-chromium.ts';

const node = process.execPath;
const vitest = ['node_modules/vitest/vitest.mjs', 'run', '--config', 'test/vitest.config.ts'];

function step(title: string, args: string[]): void {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(node, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n✗ ${title}: thất bại.`);
    process.exit(result.status ?? 1);
  }
}

console.log(`Node ${process.version}`);
try {
  ensureChromium();
} catch (error) {
  console.error(`✗ ${(error as Error).message}`);
  process.exit(1);
}
step('Nội dung đã nhập khớp với văn bản nguồn', ['scripts/import.ts', '--check']);
step('Kiểm tra kiểu (astro check)', ['node_modules/astro/bin/astro.mjs', 'check']);
step('Kiểm thử đơn vị', [...vitest, '--project', 'unit']);
step('Dựng trang', ['node_modules/astro/bin/astro.mjs', 'build']);
step('Kiểm thử trên trang đã dựng và trong Chromium', [...vitest, '--project', 'site']);
console.log('\n✓ Tất cả kiểm thử đều qua.');
