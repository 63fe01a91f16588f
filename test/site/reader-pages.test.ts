/** What a reader page says: the text and how to use it, never how to run the site. */
import { readdirSync } from 'node:fs';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { DIST, SLUGS } from '../support/paths.ts';
import { readPage } from '../support/site.ts';

/** Where adding a document is explained, for whoever runs the site. */
const ABOUT = 'gioi-thieu/index.html';
const COMMANDS = /npm (run|ci|test|start)|\.ya?ml\b|content\/(sources|documents|cited)/;

describe('reader pages', () => {
  it('carry no commands, file names or folders of the project: only the about page explains adding a document', () => {
    const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(50);
    const telling = pages.filter((f) => f !== ABOUT && COMMANDS.test(toString(readPage(f))));
    expect(telling).toEqual([]);
    expect(toString(readPage(ABOUT))).toMatch(/npm run import -- van-ban\.txt --meta van-ban\.yaml/);
    expect(toString(readPage(ABOUT))).toMatch(/replaces/);
  });

  it('list the editors’ notes for print in the order they stand beside the words', () => {
    for (const slug of Object.values(SLUGS)) {
      const page = readPage(`van-ban/${slug}/index.html`);
      const inline = selectAll('.doc-text .ed-note', page).map((n) => toString(n).replace(/^ \[ghi chú biên tập: (.*)\]$/, '$1'));
      const listed = selectAll('.print-notes li', page).map((n) => toString(n));
      expect(inline.length, slug).toBeGreaterThan(0);
      expect(listed, slug).toEqual(inline);
    }
  });
});
