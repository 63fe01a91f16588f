/**
 * Browser tests need Chromium. Use $CHROMIUM_PATH or Debian's /usr/bin/chromium; when it is
 * missing and we are root on Debian, install Debian's package; otherwise say what to install.
 * Test tools' own browser downloads do not work offline, so they are never used.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function works(): boolean {
  return existsSync(path) && spawnSync(path, ['--version'], { encoding: 'utf8' }).status === 0;
}

export function ensureChromium(): void {
  if (works()) return;
  const root = process.getuid?.() === 0;
  if (root && existsSync('/etc/debian_version') && path === '/usr/bin/chromium') {
    console.log('Chưa có Chromium: cài gói "chromium" của Debian (apt-get install -y chromium)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
    const install = update.status === 0 ? spawnSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit', env }) : update;
    if (install.status === 0 && works()) return;
  }
  throw new Error(
    `Cần Chromium cho kiểm thử trình duyệt nhưng không chạy được ${path}.\n` +
      'Cài gói Debian/Ubuntu: sudo apt-get install -y chromium\n' +
      'hoặc đặt biến CHROMIUM_PATH trỏ tới một Chromium đã cài.',
  );
}
