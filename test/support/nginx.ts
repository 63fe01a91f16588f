/**
 * The repository's deploy/nginx.conf in a real nginx (Debian's `nginx-light`), on a loopback
 * port, as an ordinary process: pid, logs and temporary files in a fresh folder. Only the
 * folder the site is copied to (`root /srv;`) changes; every other line is the file's own.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './paths.ts';
import { freePort, waitForServer } from './server-process.ts';
import type { StaticSite } from './static-server.ts';

const NGINX = ['/usr/sbin/nginx', '/usr/local/sbin/nginx'].find((p) => existsSync(p)) ?? 'nginx';
const MIME_TYPES = ['/etc/nginx/mime.types', '/usr/local/etc/nginx/mime.types'].find((p) => existsSync(p));

/** Serves `siteDir` (a build made with SITE_BASE=/so-tay/) the way deploy/nginx.conf says. */
export async function serveWithNginx(siteDir: string): Promise<StaticSite> {
  if (!MIME_TYPES) throw new Error('Không thấy nginx (mime.types): cài gói Debian "nginx-light".');
  const prefix = mkdtempSync(join(tmpdir(), 'so-tay-nginx-'));
  mkdirSync(join(prefix, 'srv'));
  symlinkSync(siteDir.replace(/\/$/, ''), join(prefix, 'srv', 'so-tay'));
  const deploy = readFileSync(`${ROOT}deploy/nginx.conf`, 'utf8');
  const site = deploy.replace(/^(\s*)root \/srv;$/m, `$1root ${join(prefix, 'srv')};`);
  if (site === deploy) throw new Error('deploy/nginx.conf: không còn dòng "root /srv;" để kiểm thử thay thư mục.');
  writeFileSync(join(prefix, 'so-tay.conf'), site);
  const port = await freePort();
  const tmp = (name: string) => `${name}_temp_path ${join(prefix, name)};`;
  writeFileSync(
    join(prefix, 'nginx.conf'),
    [
      // As root, nginx would hand requests to "nobody", who cannot read a private temp folder.
      process.getuid?.() === 0 ? 'user root;' : '',
      'worker_processes 1;',
      `pid ${join(prefix, 'nginx.pid')};`,
      `error_log ${join(prefix, 'error.log')};`,
      'events { worker_connections 64; }',
      'http {',
      `  include ${MIME_TYPES};`,
      '  default_type application/octet-stream;',
      '  access_log off;',
      `  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(tmp).join(' ')}`,
      `  server { listen 127.0.0.1:${port}; server_name localhost; include ${join(prefix, 'so-tay.conf')}; }`,
      '}',
    ].join('\n'),
  );
  const child = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log'), '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const url = `http://127.0.0.1:${port}/so-tay/`;
  await waitForServer(url, () => child.exitCode, () => stderr);
  return {
    url,
    close: async () => {
      child.kill('SIGQUIT');
      await exited;
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
