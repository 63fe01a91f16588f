/**
 * One folder per importer behaviour in test/fixtures/importer/: `input.txt`, optional
 * `options.json` (which stage reads it, see test/support/importer-stages.ts), and what must come
 * out: `tree.json` (and `output.mdx` for the import stage), or `error.txt` with the exact message.
 * `keeps.txt` lists strings that must survive, character for character, into the tree and the MDX.
 * UPDATE_IMPORTER_FIXTURES=1 rewrites the expected files; review the diff by hand before committing.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SourceError } from '../../src/lib/importer/source-error.ts';
import { runStage, type StageOptions, type StageOutput } from '../support/importer-stages.ts';
import { ROOT } from '../support/paths.ts';

const DIR = join(ROOT, 'test/fixtures/importer');
const UPDATE = process.env.UPDATE_IMPORTER_FIXTURES === '1';

function read(folder: string, file: string): string | undefined {
  const path = join(folder, file);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** Every string value of a JSON tree, in order, joined: what a reader would see. */
function strings(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(strings).join('');
  if (value && typeof value === 'object') return Object.values(value).map(strings).join('');
  return '';
}

const behaviours = readdirSync(DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

describe('importer stages, one fixture folder per behaviour', () => {
  it('has at least 20 behaviours', () => {
    expect(behaviours.length).toBeGreaterThanOrEqual(20);
  });

  for (const name of behaviours) {
    it(name, () => {
      const folder = join(DIR, name);
      const options = JSON.parse(read(folder, 'options.json') ?? '{}') as StageOptions;
      const input = readFileSync(join(folder, 'input.txt'));
      let output: StageOutput | undefined;
      let error: string | undefined;
      try {
        output = runStage(input, options);
      } catch (e) {
        // Anything but a SourceError is a crash: it fails the test with its stack.
        if (!(e instanceof SourceError)) throw e;
        error = e.message;
      }
      const tree = output && `${JSON.stringify(output.tree, null, 2)}\n`;
      if (UPDATE) {
        if (error !== undefined) writeFileSync(join(folder, 'error.txt'), `${error}\n`);
        if (tree) writeFileSync(join(folder, 'tree.json'), tree);
        if (output?.mdx) writeFileSync(join(folder, 'output.mdx'), output.mdx);
      }
      const expectedError = read(folder, 'error.txt');
      if (expectedError !== undefined) {
        expect(error, 'this input must fail').toBe(expectedError.trimEnd());
        return;
      }
      expect(error, 'this input must import').toBeUndefined();
      for (const kept of (read(folder, 'keeps.txt') ?? '').split('\n').filter(Boolean)) {
        expect(strings(output!.tree), `the tree keeps ${kept}`).toContain(kept);
      }
      expect(tree).toBe(read(folder, 'tree.json'));
      if (output!.mdx !== undefined) expect(output!.mdx).toBe(read(folder, 'output.mdx'));
    });
  }
});
