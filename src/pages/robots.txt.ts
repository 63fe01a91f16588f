import type { APIRoute } from 'astro';

/** Everything may be indexed; the sitemap index under the base path (see sitemap-alias.ts). */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}sitemap.xml`, site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
