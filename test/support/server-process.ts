/** Starting a real web server as a child process for a test: a free port, and waiting for it. */
import { createServer } from 'node:net';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Polls `url` until something answers, or throws with what the server said. */
export async function waitForServer(url: string, exitCode: () => number | null, output: () => string): Promise<void> {
  for (let i = 0; ; i++) {
    if (exitCode() !== null) throw new Error(`${url}: máy chủ dừng (mã ${exitCode()}): ${output()}`);
    try {
      await fetch(url);
      return;
    } catch {
      if (i > 200) throw new Error(`${url}: không trả lời sau 20 giây: ${output()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
