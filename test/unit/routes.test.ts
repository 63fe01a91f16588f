/**
 * Every URL comes from src/lib/routes.ts, every unit fact from the stored tree: these tests fail
 * when a URL is written by hand or an eId is taken apart anywhere else in src/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MOVED_SECTIONS, SECTIONS, isMoved, pairKey, routes, withBase } from '../../src/lib/routes.ts';
import { ROOT } from '../support/paths.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.(ts|astro|js|mjs)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** The code of a file without its comments: a comment may name a URL, code may not build one. */
function code(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1')
    .replace(/<!--[\s\S]*?-->/g, '');
}

const files = sourceFiles(join(ROOT, 'src')).map((f) => ({ path: relative(ROOT, f), code: code(f) }));

describe('routes', () => {
  it('put every path under the base, whatever the base', () => {
    expect(withBase(routes.unit('a', 'dieu-2__khoan-4'), '/')).toBe('/van-ban/a/#dieu-2__khoan-4');
    expect(withBase(routes.document('a'), '/so-tay')).toBe('/so-tay/van-ban/a/');
    expect(withBase(routes.home(), '/so-tay/')).toBe('/so-tay/');
    expect(withBase(routes.api.comparison('a', 'b'), '/')).toBe(`/api/so-sanh/${pairKey('a', 'b')}.json`);
    expect(routes.search('khoản 4 điều 2')).toBe('tim-kiem/?q=kho%E1%BA%A3n%204%20%C4%91i%E1%BB%81u%202');
  });

  it('keep the cited documents at /dan-chieu/ and send old /trich-dan/ links there', () => {
    expect(routes.cited('21-kl-tw-2021')).toBe('dan-chieu/21-kl-tw-2021/');
    expect(MOVED_SECTIONS['trich-dan']).toBe(SECTIONS.cited);
    expect(isMoved('/so-tay/trich-dan/x/', '/so-tay/')).toBe(true);
    expect(isMoved('/so-tay/dan-chieu/x/', '/so-tay/')).toBe(false);
  });

  it('are the only place in src/ that writes a URL of the site', () => {
    const sections = [...Object.values(SECTIONS), ...Object.keys(MOVED_SECTIONS)].join('|');
    // A section name at the start of a string or after a slash, followed by a slash: `van-ban/${slug}/`, '/tim-kiem/'.
    const url = new RegExp(`(?:['"\`]|['"\`]/|\\$\\{[^}]*\\}/)(?:${sections})/`);
    const offenders = files
      .filter((f) => f.path !== 'src/lib/routes.ts')
      .flatMap((f) => f.code.split('\n').flatMap((line, i) => (url.test(line) ? [`${f.path}:${i + 1}: ${line.trim()}`] : [])));
    expect(offenders).toEqual([]);
  });

  it('leave eIds whole: only src/lib/model/eid.ts takes one apart', () => {
    const parsing = /\.split\(\s*['"]__['"]\s*\)|parseEId|\.startsWith\(\s*['"`](?:dieu|khoan|diem|chuong|muc|mo-dau|can-cu|mau)-/;
    const offenders = files.filter((f) => f.path !== 'src/lib/model/eid.ts' && parsing.test(f.code)).map((f) => f.path);
    expect(offenders).toEqual([]);
  });

  it('let only the search, which has no tree, work a breadcrumb back from an eId; unit tools read the unit facts', () => {
    const users = files.filter((f) => /breadcrumbFromEId/.test(f.code) && f.path !== 'src/lib/model/eid.ts').map((f) => f.path);
    expect(users.every((p) => p.startsWith('src/scripts/search/') || p === 'src/lib/search/clauses.ts'), users.join(', ')).toBe(true);
    expect(files.filter((f) => /labelFromEId/.test(f.code)).map((f) => f.path)).toEqual([]);
  });
});
