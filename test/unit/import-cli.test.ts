import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCUMENTS, ROOT } from '../support/paths.ts';

function runImport(args: string[], documentsDir: string) {
  const result = spawnSync(process.execPath, ['scripts/import.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, DOCUMENTS_DIR: documentsDir },
    encoding: 'utf8',
  });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

// Each test runs the whole importer in a child process: seconds, not milliseconds, on a busy machine.
describe('npm run import -- --check', { timeout: 60_000 }, () => {
  it('passes on the committed documents', () => {
    const { code, out } = runImport(['--check'], DOCUMENTS);
    expect(out).toContain('khớp với nguồn');
    expect(code).toBe(0);
  });

  it('fails and names the file when a generated document was edited by hand', () => {
    const dir = mkdtempSync(join(tmpdir(), 'so-tay-check-'));
    cpSync(DOCUMENTS, dir, { recursive: true });
    const file = join(dir, 'quy-dinh-neu-guong-dien-bien.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Tuyệt đối trung thành', 'Tuyệt đối trung thành tuyệt đối'));
    const { code, out } = runImport(['--check'], dir);
    expect(code).toBe(1);
    expect(out).toContain('content/documents/quy-dinh-neu-guong-dien-bien.mdx');
  });
});
