/**
 * A plain static file server for the built site, for tests. `astro preview` allows one server
 * per project, which would collide with a reader's own preview; this one serves any output
 * directory under any base path, as an intranet web server would.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticSite {
  url: string;
  close: () => Promise<void>;
}

const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|xml|javascript))|image\/svg/;

/**
 * `headers` go with every response. Like deploy/nginx.conf, text is gzipped when the browser
 * accepts it, and build assets (content-hashed names under _astro/) may be cached for a year.
 */
export function serveStatic(dir: string, base = '/', headers: Record<string, string> = {}): Promise<StaticSite> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file: string | undefined;
    if (path.startsWith(base)) {
      const rel = normalize(path.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
      const candidate = join(dir, rel);
      if (existsSync(candidate) && statSync(candidate).isFile()) file = candidate;
      else if (existsSync(join(candidate, 'index.html'))) file = join(candidate, 'index.html');
    }
    const status = file ? 200 : 404;
    file ??= join(dir, '404.html');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const cache = path.startsWith(`${base}_astro/`) ? 'public, max-age=31536000, immutable' : 'no-cache';
    res.writeHead(status, { ...headers, 'content-type': type, 'cache-control': cache, ...(gzip ? { 'content-encoding': 'gzip', vary: 'Accept-Encoding' } : {}) });
    const stream = createReadStream(file);
    if (gzip) stream.pipe(createGzip()).pipe(res);
    else stream.pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({
        url: `http://127.0.0.1:${port}${base}`,
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}
