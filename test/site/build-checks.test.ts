/**
 * The build itself refuses to ship a wrong site: these build small fixture sites and check
 * that a broken link, a schema violation or hostile text is caught or rendered harmlessly.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { buildSite, sharedBuildSite } from '../support/build.ts';
import { DOCUMENTS, SLUGS } from '../support/paths.ts';
import { readPage } from '../support/site.ts';
import { importText, skeleton } from '../support/skeleton.ts';

function fixtureDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'so-tay-docs-'));
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/** A site of fixture documents, with the registry of what they cite (none unless given). */
function fixtureSite(documents: Record<string, string>, cited: Record<string, string> = {}): Record<string, string> {
  return { DOCUMENTS_DIR: fixtureDir(documents), CITED_DIR: fixtureDir(cited) };
}

describe('the build', () => {
  it('fails with the file name when a document’s frontmatter breaks its schema', () => {
    const good = readFileSync(`${DOCUMENTS}quy-dinh-neu-guong-dien-bien.mdx`, 'utf8');
    const json = readFileSync(`${DOCUMENTS}quy-dinh-neu-guong-dien-bien.json`, 'utf8');
    const result = buildSite({
      DOCUMENTS_DIR: fixtureDir({
        'quy-dinh-neu-guong-dien-bien.mdx': good.replace('  value: du-thao', '  value: gan-xong'),
        'quy-dinh-neu-guong-dien-bien.json': json,
      }),
    });
    expect(result.ok).toBe(false);
    expect(result.output).toContain('quy-dinh-neu-guong-dien-bien.mdx');
    expect(result.output).toMatch(/status/);
  });

  it('fails, naming the file, on a status without evidence', () => {
    const good = readFileSync(`${DOCUMENTS}quy-dinh-neu-guong-dien-bien.mdx`, 'utf8');
    const bad = good.replace(/ {2}evidence:\n(?: {4}.*\n)+/, '  evidence: []\n');
    expect(bad).not.toBe(good);
    const result = buildSite({
      DOCUMENTS_DIR: fixtureDir({
        'quy-dinh-neu-guong-dien-bien.mdx': bad,
        'quy-dinh-neu-guong-dien-bien.json': readFileSync(`${DOCUMENTS}quy-dinh-neu-guong-dien-bien.json`, 'utf8'),
      }),
    });
    expect(result.ok).toBe(false);
    expect(result.output).toContain('quy-dinh-neu-guong-dien-bien.mdx');
    expect(result.output).toContain('tình trạng “Dự thảo” phải có căn cứ');
  });

  it('fails, naming the metadata file, when a status quotes a sentence its unit does not have', () => {
    const quote = 'Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh, khóa XV, nhiệm kỳ 2025-2030;';
    const files = Object.fromEntries(
      Object.values(SLUGS).flatMap((slug) => ['mdx', 'json'].map((ext) => [`${slug}.${ext}`, readFileSync(`${DOCUMENTS}${slug}.${ext}`, 'utf8')])),
    );
    for (const name of ['quy-che-lam-viec-tinh-uy-dien-bien.mdx', 'quy-che-lam-viec-tinh-uy-dien-bien.json']) {
      expect(files[name]).toContain(quote);
      files[name] = files[name]!.replace(quote, quote.replace('khóa XV', 'khóa XVI'));
    }
    const result = buildSite({ DOCUMENTS_DIR: fixtureDir(files) });
    expect(result.ok).toBe(false);
    expect(result.output).toContain('content/sources/004_cdcf607f15aa0d9f.yaml: trường "status.evidence.1"');
    expect(result.output).toContain('can-cu-5 của văn bản quy-dinh-neu-guong-dien-bien không có câu này');
  });

  it('renders hostile source text literally: no script runs, no expression is evaluated, no character is lost', () => {
    // What Markdown would make something of, one line each: every character must reach the page.
    const markdownLike = ['4. Tăng 5~10% và ~~x~~', '[mục 2](#muc-2) và <https://dienbien.dcs.vn>', '# heading viết thường', 'lệnh `npm` và &lt;b&gt;', '| a | b |', '---', '***'];
    const doc = importText(
      skeleton(['1. <script>window.hacked = 1</script> {process.exit(1)}', '2. export const x = 1', '3. import fs from "fs"', '<!-- comment --> <img src=x onerror=alert(1)>', ...markdownLike]),
    );
    const result = buildSite(fixtureSite({ 'thu-nghiem.mdx': doc.mdx, 'thu-nghiem.json': doc.json }));
    expect(result.ok, result.output).toBe(true);
    const tree = readPage('van-ban/thu-nghiem/index.html', result.outDir);
    const text = toString(select('.doc-text', tree)!);
    expect(text).toContain('1. <script>window.hacked = 1</script> {process.exit(1)}');
    expect(text).toContain('2. export const x = 1');
    expect(text).toContain('3. import fs from "fs"');
    expect(text).toContain('<!-- comment --> <img src=x onerror=alert(1)>');
    for (const line of markdownLike) expect(text).toContain(line);
    // The only scripts are the site's own bundled modules and its JSON-LD data; the text produced no element.
    const scripts = selectAll('script', tree).map((s) => `${s.properties.type} ${String(s.properties.src ?? '').replace(/[^/]+$/, '')}`);
    expect(new Set(scripts)).toEqual(new Set(['application/ld+json ', 'module /_astro/']));
    expect(selectAll('.doc-text img, .doc-text script', tree)).toEqual([]);
  });

  it('refuses a generated MDX edited by hand before any of it runs, naming the file and line', () => {
    const doc = importText(skeleton(['1. Nội dung.']));
    const marker = join(mkdtempSync(join(tmpdir(), 'so-tay-marker-')), 'da-chay.txt');
    const esm = `export const x = process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(marker)}, 'x')`;
    const mdx = doc.mdx.replace('\n---\n\n', `\n---\n\n${esm}\n\n`);
    const line = mdx.slice(0, mdx.indexOf(esm)).split('\n').length;
    const result = buildSite(fixtureSite({ 'thu-nghiem.mdx': mdx, 'thu-nghiem.json': doc.json }));
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(new RegExp(`thu-nghiem\\.mdx:${line}: MDX chứa mã hoặc HTML thô \\(mdxjsEsm\\)`));
    expect(existsSync(marker)).toBe(false);
  });

  it('builds under a sub-path with every link, asset and anchor inside it', () => {
    // The cards carry their permalink, so under another base all of them are new: about 830
    // images to render when the cache is cold (README, "Thẻ trích dẫn"). deploy.browser serves
    // the same build in nginx: it is built once for both.
    const result = sharedBuildSite({ SITE_BASE: '/so-tay/' }, 900_000);
    expect(result.ok, result.output).toBe(true);
    const home = readFileSync(`${result.outDir}index.html`, 'utf8');
    const doc = readFileSync(`${result.outDir}van-ban/quy-dinh-neu-guong-dien-bien/index.html`, 'utf8');
    for (const html of [home, doc]) {
      const urls = [...html.matchAll(/(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1]!);
      expect(urls.length).toBeGreaterThan(3);
      expect(urls.filter((u) => !u.startsWith('/so-tay/'))).toEqual([]);
    }
    expect(home).toContain('href="/so-tay/van-ban/quy-dinh-neu-guong-dien-bien/"');
    expect(result.output).toMatch(/không có liên kết hỏng hay id trùng/);
    // Zero warnings: a missing id or a schema problem would show up here first.
    expect(result.output).not.toMatch(/\[WARN\]|\bwarning\b/i);
  }, 900_000);
});
