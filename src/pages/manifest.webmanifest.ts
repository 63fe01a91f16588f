import type { APIRoute } from 'astro';
import { href } from '../utils/url.ts';
import { routes } from '../lib/routes.ts';

/** Lets a phone add the site to its home screen; paths follow the base path. */
export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      {
        name: 'Sổ tay Quy định',
        short_name: 'Sổ tay',
        description: 'Toàn văn, trích dẫn và so sánh văn bản của Đảng bộ cấp tỉnh',
        lang: 'vi',
        start_url: href(),
        scope: href(),
        display: 'standalone',
        background_color: '#fdfcf9',
        theme_color: '#8a1c1c',
        icons: [
          { src: href(routes.asset.favicon()), sizes: 'any', type: 'image/svg+xml' },
          { src: href(routes.asset.icon(192)), sizes: '192x192', type: 'image/png' },
          { src: href(routes.asset.icon(512)), sizes: '512x512', type: 'image/png', purpose: 'any maskable' },
        ],
      },
      null,
      2,
    ),
    { headers: { 'content-type': 'application/manifest+json' } },
  );
