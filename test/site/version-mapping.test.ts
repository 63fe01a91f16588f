/** A mapping file in content/comparisons/ overrides the automatic alignment, or fails the build naming itself. */
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { readPage } from '../support/site.ts';
import { buildVersionsSiteResult, NEW_SLUG, OLD_SLUG } from '../support/versions.ts';

const FILE = `${OLD_SLUG}--${NEW_SLUG}.yaml`;
const PAGE = `so-sanh/${OLD_SLUG}/${NEW_SLUG}/index.html`;

describe('a mapping file for an old text and its replacement', () => {
  it('pairs the units it names, whatever the automatic alignment thinks', () => {
    // Say the smoking ban became the badge rule (a rewrite), so the new clause 2 is not an addition.
    const result = buildVersionsSiteResult({ [FILE]: 'map:\n  dieu-2__khoan-3: dieu-2__khoan-2\n' });
    expect(result.ok, result.output).toBe(true);
    const page = readPage(PAGE, result.outDir);
    const row = select('#moi-dieu-2__khoan-2', page)!;
    expect(row.properties.dataStatus).toBe('changed');
    expect(toString(select('.vrow__old .vrow__label', row)!)).toContain('Khoản 3 Điều 2');
    expect(select('#cu-dieu-2__khoan-3', page)).toBeUndefined();
  });

  it('fails the build with the file’s name when it names a unit the texts do not have', () => {
    const result = buildVersionsSiteResult({ [FILE]: 'map:\n  dieu-9__khoan-1: dieu-2__khoan-2\n' });
    expect(result.ok).toBe(false);
    expect(result.output).toContain(FILE);
    expect(result.output).toContain('"dieu-9__khoan-1" không có trong văn bản cũ');
  });
});
