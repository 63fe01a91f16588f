/**
 * `astro preview` (what `npm start` serves) over dist/, on a free loopback port: it answers
 * differently from a plain static server (`Vary: Origin`, its own 404 handling), and readers use it.
 */
import { spawn } from 'node:child_process';
import { inheritedEnv } from './build.ts';
import { ROOT } from './paths.ts';
import { freePort, waitForServer } from './server-process.ts';
import type { StaticSite } from './static-server.ts';

export async function astroPreview(): Promise<StaticSite> {
  const port = await freePort();
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--host', '127.0.0.1', '--port', String(port)], { cwd: ROOT, env: inheritedEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}/`;
  await waitForServer(url, () => child.exitCode, () => output);
  return {
    url,
    close: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
