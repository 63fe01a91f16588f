import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { withOwnHashes } from '../../src/lib/site/security-policy.ts';

const digest = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
const page = (policy: string, body: string) => `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
const policy = (html: string) => /content-security-policy" content="([^"]*)"/.exec(html)![1];

describe('each page’s policy keeps only the hashes of its own inline code', () => {
  const island = digest('astro-island code');
  const style = digest('astro-island{display:contents}');

  it('drops the hashes of code a page does not inline, keeping every other source', () => {
    const html = page(`default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${island}; style-src 'self' ${style};`, '<script type="module" src="/_astro/a.js"></script>');
    expect(policy(withOwnHashes(html))).toBe("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self';");
  });

  it('keeps the hash of an inline script or style the page has', () => {
    const code = 'console.log(1)';
    const html = page(`script-src 'self' ${island} ${digest(code)}; style-src 'self' ${style}`, `<script>${code}</script><style>astro-island{display:contents}</style>`);
    expect(policy(withOwnHashes(html))).toBe(`script-src 'self' ${digest(code)}; style-src 'self' ${style}`);
  });

  it('leaves a page without a policy as it is', () => {
    const html = `<html><head></head><body><script>${island}</script></body></html>`;
    expect(withOwnHashes(html)).toBe(html);
  });
});
