/**
 * The site's Content-Security-Policy, in one place: Astro puts it in a <meta> on every page
 * (adding hashes for anything inline), the build writes it to `_headers`, and
 * `deploy/nginx.conf` must carry the same string (a test checks it).
 *
 * Everything comes from the site itself. Scripts: only bundled files, plus
 * 'wasm-unsafe-eval', the one thing Pagefind's WebAssembly search needs. No inline script
 * runs unless Astro hashed it.
 */
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
