/**
 * Promise 1: every word of every source appears on its page, in order, and nothing else does
 * except what is marked as editorial. Compared character by character with white space and
 * Markdown emphasis stars left out on both sides.
 */
import { readFileSync } from 'node:fs';
import type { Nodes } from 'mdast';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { SLUGS, SOURCES } from '../support/paths.ts';
import { readPage, withoutEditorial } from '../support/site.ts';

/** The words of a Markdown-like source: its text without Markdown markup. */
function sourceWords(markdown: string): string {
  const parts: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'listItem') {
      // A list marker ("16.", "-") is the official numbering, not markup.
      const start = node.position!.start.offset!;
      parts.push(markdown.slice(start, node.children[0]?.position?.start.offset ?? start).trim());
    }
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') parts.push(node.value);
    else if (node.type === 'html') {
      if (!/^<\/?(sup|sub)>$/i.test(node.value.trim())) parts.push(node.value);
    } else if ('children' in node) node.children.forEach((c) => walk(c as Nodes));
  };
  walk(unified().use(remarkParse).use(remarkGfm).parse(markdown));
  return parts.join(' ');
}

const squeeze = (s: string) => s.normalize('NFC').replace(/[\s*]+/gu, '');

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `ở ký tự ${i}:\n  nguồn: …${a.slice(Math.max(0, i - 40), i + 40)}…\n  trang: …${b.slice(Math.max(0, i - 40), i + 40)}…`;
}

describe('every word of every source is on its page, in order', () => {
  for (const [source, slug] of Object.entries(SLUGS)) {
    it(`${source} → /van-ban/${slug}/`, () => {
      const expected = sourceWords(readFileSync(`${SOURCES}${source}`, 'utf8'));
      const text = select('.doc-text', withoutEditorial(readPage(`van-ban/${slug}/index.html`)));
      expect(text, '.doc-text').toBeTruthy();
      const actual = toString(text!);
      const a = squeeze(expected);
      const b = squeeze(actual);
      expect(a === b, a === b ? '' : firstDifference(a, b)).toBe(true);
      // And the words, for the record: the same count on both sides.
      const words = (s: string) => s.replace(/\*/g, ' ').split(/\s+/).filter(Boolean).length;
      expect(words(actual)).toBeGreaterThan(0.95 * words(expected));
    });
  }
});
