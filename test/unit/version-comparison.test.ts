/** The old text against the text replacing it, on the fixture pair in test/fixtures/versions/. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readComparisonConfig } from '../../src/lib/compare/comparison-config.ts';
import { comparisonPairs, compareVersions } from '../../src/lib/compare/comparisons.ts';
import type { VersionRow } from '../../src/lib/compare/version-alignment.ts';
import { alignmentMapSchema } from '../../src/schemas/alignment-map.ts';
import { importVersion, NEW_SLUG, OLD_SLUG } from '../support/versions.ts';

const older = importVersion('cu').tree;
const newer = importVersion('moi').tree;
const comparison = compareVersions(older, newer);
const row = (id: string) => comparison.rows.find((r) => r.id === id)!;
const changes = (rows: VersionRow[], op: 'insert' | 'delete') =>
  rows.flatMap((r) => r.spans.filter((s) => s.op === op).map((s) => `${r.id}: ${s.text.trim()}`));

describe('old text against the text replacing it', () => {
  it('is offered because the new text’s metadata names the old one', () => {
    expect(comparisonPairs([older.meta, newer.meta])).toEqual([{ kind: 'phien-ban', a: OLD_SLUG, b: NEW_SLUG }]);
  });

  it('fails loudly when `replaces` names a text the library does not have', () => {
    expect(() => comparisonPairs([newer.meta])).toThrow(/content\/sources\/moi\.yaml \(van-hoa-cong-so-2026\): .*slug "van-hoa-cong-so-2019".*không có/);
  });

  it('maps the renumbered clause to its new number, and shows the inserted and deleted ones', () => {
    expect(row('moi-dieu-2__khoan-3')).toMatchObject({ status: 'changed', old: { eId: 'dieu-2__khoan-2' }, renumbered: true, pairedBy: 'content' });
    expect(row('moi-dieu-2__khoan-2')).toMatchObject({ status: 'added' });
    expect(row('moi-dieu-2__khoan-2').old).toBeUndefined();
    expect(row('cu-dieu-2__khoan-3')).toMatchObject({ status: 'deleted' });
    expect(row('cu-dieu-2__khoan-3').new).toBeUndefined();
    expect(row('moi-dieu-2__khoan-1')).toMatchObject({ status: 'same', old: { eId: 'dieu-2__khoan-1' }, renumbered: false });
    // Rows follow the new text; the deleted clause stays where it stood.
    expect(comparison.rows.map((r) => r.id)).toEqual([
      'moi-dieu-1',
      'moi-dieu-1__doan-1',
      'moi-dieu-2',
      'moi-dieu-2__khoan-1',
      'moi-dieu-2__khoan-2',
      'moi-dieu-2__khoan-3',
      'cu-dieu-2__khoan-3',
      'moi-dieu-3',
      'moi-dieu-3__khoan-1',
      'moi-dieu-3__khoan-2',
      'moi-dieu-4',
      'moi-dieu-4__doan-1',
      'moi-dieu-4__doan-2',
    ]);
  });

  it('gives exactly the expected insertions and deletions, and none for "hoà" → "hòa"', () => {
    expect(changes(comparison.rows, 'insert')).toEqual([
      'moi-dieu-1__doan-1: , viên chức',
      'moi-dieu-2__khoan-2: 2. Đeo thẻ công chức trong giờ làm việc và khi đi công tác.',
      'moi-dieu-2__khoan-3: 3',
      'moi-dieu-2__khoan-3: và tiếp thu',
      'moi-dieu-4__doan-1: chủ trì',
      'moi-dieu-4__doan-2: Quy định này thay thế Quy định số 12-QĐ/TU, ngày 05/3/2019 của Ban Thường vụ Tỉnh ủy.',
    ]);
    expect(changes(comparison.rows, 'delete')).toEqual([
      'moi-dieu-2__khoan-3: 2',
      'cu-dieu-2__khoan-3: 3. Không hút thuốc lá trong phòng làm việc và phòng họp.',
      'moi-dieu-3__khoan-1: và không về trước giờ quy định',
    ]);
    expect(comparison.counts).toMatchObject({ same: 6, changed: 4, added: 2, deleted: 1, renumbered: 1 });
  });

  it('follows a mapping file that overrides the alignment', () => {
    const map = alignmentMapSchema.parse({ map: { 'dieu-2__khoan-3': 'dieu-2__khoan-2', 'dieu-2__khoan-2': null } });
    const mapped = compareVersions(older, newer, { file: 'x.yaml', map });
    expect(mapped.rows.find((r) => r.id === 'moi-dieu-2__khoan-2')).toMatchObject({ pairedBy: 'map', old: { eId: 'dieu-2__khoan-3' } });
    expect(mapped.rows.find((r) => r.id === 'cu-dieu-2__khoan-2')).toMatchObject({ status: 'deleted' });
    expect(mapped.rows.find((r) => r.id === 'moi-dieu-2__khoan-3')).toMatchObject({ status: 'added' });
  });

  it('rejects a mapping file naming a unit that does not exist, with the file name', () => {
    const map = alignmentMapSchema.parse({ map: { 'dieu-9': 'dieu-2' } });
    expect(() => compareVersions(older, newer, { file: 'content/comparisons/a--b.yaml', map })).toThrow(/content\/comparisons\/a--b\.yaml: "dieu-9" không có trong văn bản cũ/);
  });

  it('reads mapping files from content/comparisons/ and names a bad one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'so-sanh-'));
    writeFileSync(join(dir, `${OLD_SLUG}--${NEW_SLUG}.yaml`), 'map:\n  dieu-2__khoan-3: dieu-2__khoan-2\n');
    const config = readComparisonConfig(dir, new Set([OLD_SLUG, NEW_SLUG]));
    expect(config.mappings.get(`${OLD_SLUG}--${NEW_SLUG}`)?.map.map).toEqual({ 'dieu-2__khoan-3': 'dieu-2__khoan-2' });
    writeFileSync(join(dir, `${OLD_SLUG}--${NEW_SLUG}.yaml`), 'map:\n  dieu-2__khoan-3: 42\n');
    expect(() => readComparisonConfig(dir, new Set([OLD_SLUG, NEW_SLUG]))).toThrow(new RegExp(`${NEW_SLUG}\\.yaml: map\\.dieu-2__khoan-3`));
  });
});
