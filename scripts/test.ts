/**
 * npm test: every check, in the order that gives the clearest failure.
 * 1. Chromium is there (or gets installed), 2. content/documents/ matches the importer,
 * 3. types check (astro check: .ts and .astro), 4. unit tests, 5. the site builds (the build
 * itself checks links, ids and schemas), 6. tests over the built site and in headless Chromium.
 *
 * Parts of it, with vitest's own arguments after them (file names, `--reporter=verbose`):
 * `node scripts/test.ts unit …` (npm run test:unit) runs step 4 alone: no build, no browser;
 * `node scripts/test.ts site …` (npm run test:site) runs step 6, after step 5 when dist/ is
 * missing or older than what it is built from.
 */
import { spawnSync } from 'node:child_process';
import { astroCacheDir, staleBuild } from '../src/integrations/build-stamp.ts';
import { DIST, ROOT } from '../test/support/paths.ts';
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

function chromium(): void {
  try {
    ensureChromium();
  } catch (error) {
    console.error(`✗ ${(error as Error).message}`);
    process.exit(1);
  }
}

const importCheck = () => step('Nội dung đã nhập khớp với văn bản nguồn', ['scripts/import.ts', '--check']);
const typeCheck = () => step('Kiểm tra kiểu (astro check)', ['node_modules/astro/bin/astro.mjs', 'check']);
const unitTests = (args: string[] = []) => step('Kiểm thử đơn vị', [...vitest, '--project', 'unit', ...args]);
const build = () => step('Dựng trang', ['node_modules/astro/bin/astro.mjs', 'build']);
const siteTests = (args: string[] = []) => step('Kiểm thử trên trang đã dựng và trong Chromium', [...vitest, '--project', 'site', ...args]);

const [part, ...args] = process.argv.slice(2);
console.log(`Node ${process.version}`);
if (part === 'unit') {
  unitTests(args);
} else if (part === 'site') {
  chromium();
  const stale = staleBuild(ROOT, DIST, astroCacheDir(ROOT));
  if (stale) {
    console.log(`\nDựng lại trang: ${stale}.`);
    build();
  } else {
    console.log('\ndist/ mới hơn mọi tệp nguồn: dùng lại, không dựng lại.');
  }
  siteTests(args);
} else if (part === undefined) {
  chromium();
  importCheck();
  typeCheck();
  unitTests();
  build();
  siteTests();
  console.log('\n✓ Tất cả kiểm thử đều qua.');
} else {
  console.error(`✗ Không có phần kiểm thử "${part}": dùng "unit", "site", hoặc không gì cả (chạy hết).`);
  process.exit(2);
}
