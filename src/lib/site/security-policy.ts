/**
 * The site's Content-Security-Policy, in one place: Astro puts it in a <meta> on every page
 * (adding hashes for anything inline), the build writes it to `_headers`, and
 * `deploy/nginx.conf` must carry the same string (a test checks it).
 *
 * Everything comes from the site itself. Scripts: only bundled files, plus
 * 'wasm-unsafe-eval', the one thing Pagefind's WebAssembly search needs. No inline script
 * runs unless Astro hashed it.
 */
import { createHash } from 'node:crypto';
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;
export const STYLE_SOURCES = ["'self'"] as const;

/** Directives that only work as an HTTP header, not in a <meta>. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'self'"] as const;

/** The policy as an HTTP header value, for hosts that serve the static files. */
export function headerPolicy(): string {
  return [
    ...CSP_DIRECTIVES,
    `script-src ${SCRIPT_SOURCES.join(' ')}`,
    `style-src ${STYLE_SOURCES.join(' ')}`,
    ...HEADER_ONLY_DIRECTIVES,
  ].join('; ');
}

/** Other security headers worth sending with every response. */
export const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

const INLINE = /<(script|style)\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/\1>/g;
const HASH = / '(sha256|sha384|sha512)-([A-Za-z0-9+/=]+)'/g;

/**
 * A built page with its policy <meta> keeping only the hashes of the inline scripts and styles
 * that page has. Astro lists on every page the hashes of everything it could inline anywhere
 * (island scripts and styles, chunks); this site inlines nothing, so each page carried some
 * 500 bytes of hashes that allow nothing on it.
 */
export function withOwnHashes(html: string): string {
  const inline = [...html.matchAll(INLINE)].map((m) => m[2]!);
  return html.replace(/(<meta http-equiv="content-security-policy" content=")([^"]*)"/, (_, open: string, policy: string) => {
    const kept = policy.replace(HASH, (source, algorithm: string, digest: string) =>
      inline.some((code) => createHash(algorithm).update(code).digest('base64') === digest) ? source : '',
    );
    return `${open}${kept}"`;
  });
}
