/**
 * The build refuses a site whose citations and registry disagree, naming file, line and text,
 * and builds working links when they agree. Fixture sites, each built into its own directory.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/build.ts';
import { CITED } from '../support/paths.ts';
import { readPage } from '../support/site.ts';
import { importText, skeleton } from '../support/skeleton.ts';

const doc = importText(
  skeleton([
    '1. Thực hiện Quy định số 101-QĐ/TW, ngày 07/6/2012 của Ban Bí thư về trách nhiệm nêu gương của cán bộ, đảng viên, nhất là cán bộ lãnh đạo, chủ chốt các cấp; Điều lệ Đảng.',
    '2. Như Điều 1 Quy định này.',
  ]),
);

function dir(files: Record<string, string>): string {
  const path = mkdtempSync(join(tmpdir(), 'so-tay-cite-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(path, name), content);
  return path;
}

const registry = (...ids: string[]) => Object.fromEntries(ids.map((id) => [`${id}.yaml`, readFileSync(`${CITED}${id}.yaml`, 'utf8')]));
const documents = () => dir({ 'thu-nghiem.mdx': doc.mdx, 'thu-nghiem.json': doc.json });

describe('the build checks citations against the registry', () => {
  it('fails with file, line and text for a citation missing from the registry, and names an entry nothing cites', () => {
    const result = buildSite({ DOCUMENTS_DIR: documents(), CITED_DIR: dir(registry('dieu-le-dang', '37-qd-tw-2021')) });
    expect(result.ok).toBe(false);
    expect(result.output).toContain('content/sources/thu-nghiem.txt:9: «Quy định số 101-QĐ/TW, ngày 07/6/2012 của Ban Bí thư»: văn bản số 101-QĐ/TW chưa có trong sổ văn bản được dẫn chiếu');
    expect(result.output).toMatch(/37-qd-tw-2021\.yaml: không văn bản nào dẫn chiếu văn bản này/);
  });

  it('fails with the file name when a registry entry breaks its schema', () => {
    const broken = registry('dieu-le-dang', '101-qd-tw-2012');
    broken['101-qd-tw-2012.yaml'] = broken['101-qd-tw-2012.yaml']!.replace('level: trung-uong', 'level: tinh');
    const result = buildSite({ DOCUMENTS_DIR: documents(), CITED_DIR: dir(broken) });
    expect(result.ok).toBe(false);
    expect(result.output).toContain('101-qd-tw-2012');
    expect(result.output).toMatch(/ký hiệu "QĐ\/TW" không khớp cấp "tinh"/);
  });

  it('builds each citation as a link to its page, and that page back to the clause', () => {
    const result = buildSite({ DOCUMENTS_DIR: documents(), CITED_DIR: dir(registry('dieu-le-dang', '101-qd-tw-2012')) });
    expect(result.ok, result.output).toBe(true);
    const page = readPage('van-ban/thu-nghiem/index.html', result.outDir);
    expect(selectAll('.doc-text a', page).map((a) => [a.properties.href, toString(a)])).toEqual([
      ['/dan-chieu/101-qd-tw-2012/', 'Quy định số 101-QĐ/TW, ngày 07/6/2012 của Ban Bí thư'],
      ['/dan-chieu/dieu-le-dang/', 'Điều lệ Đảng'],
      ['#dieu-1', 'Điều 1 Quy định này'],
    ]);
    const cited = readPage('dan-chieu/101-qd-tw-2012/index.html', result.outDir);
    expect(selectAll('.citing-list a', cited).map((a) => a.properties.href)).toEqual(['/van-ban/thu-nghiem/#dieu-1__khoan-1']);
  });
});
