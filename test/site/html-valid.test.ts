/** Every built page is valid HTML (html-validate's recommended rules, with the exceptions below). */
import { readFileSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/pages.ts';
import { DIST } from '../support/paths.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes void elements as <meta ...>, <br>; either style is valid HTML.
    'void-style': 'off',
    // Long Vietnamese legal sentences contain double spaces inside blank fields ("Số       -QĐ/TU").
    'no-trailing-whitespace': 'off',
    // Official text quotes with straight quotes; not markup.
    'no-raw-characters': ['error', { relaxed: true }],
  },
});

describe('every built page is valid HTML', () => {
  for (const path of builtPages()) {
    it(path || '/', async () => {
      const file = `${DIST}${path.endsWith('.html') ? path : `${path}index.html`}`;
      const report = await validator.validateString(readFileSync(file, 'utf8'), file);
      const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
      expect(messages).toEqual([]);
    });
  }
});
