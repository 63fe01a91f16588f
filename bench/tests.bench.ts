/**
 * The test suite's time, file by file, slowest first: where `npm test` spends its minutes.
 * `TEST_FILES="page-walk build-checks" npm run bench -- tests` times only those site test files;
 * `TEST_PROJECT=unit` times the unit project instead; `TEST_ARGS` adds vitest options
 * (`TEST_ARGS=--maxConcurrency=1` walks one page at a time, as the suite did before). The site
 * project goes through `npm run test:site`, so it builds first when dist/ is stale (the build is
 * not in the figures).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Bench } from './run.ts';
import { ROOT } from './support.ts';

interface JsonReport {
  numTotalTests: number;
  numFailedTests: number;
  testResults: { name: string; message?: string; startTime: number; endTime: number; status: string; assertionResults: { status: string; title: string }[] }[];
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

const bench: Bench = {
  title: 'test suite: seconds per test file, slowest first',
  async run() {
    const project = process.env.TEST_PROJECT === 'unit' ? 'unit' : 'site';
    const words = (name: string) => (process.env[name] ?? '').split(/\s+/).filter(Boolean);
    const files = [...words('TEST_FILES'), ...words('TEST_ARGS')];
    const report = join(mkdtempSync(join(tmpdir(), 'so-tay-tests-')), 'report.json');
    const started = performance.now();
    const run = spawnSync(process.execPath, ['scripts/test.ts', project, ...files, '--reporter=json', `--outputFile=${report}`], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const wall = performance.now() - started;
    let result: JsonReport;
    try {
      result = JSON.parse(readFileSync(report, 'utf8')) as JsonReport;
    } catch {
      console.log(run.stdout, run.stderr);
      throw new Error(`no test report: the ${project} tests did not run`);
    }
    const rows = result.testResults.map((f) => ({ file: relative(ROOT, f.name), ms: f.endTime - f.startTime, tests: f.assertionResults.length, status: f.status }));
    for (const r of rows.sort((a, b) => b.ms - a.ms)) {
      console.log(`   ${seconds(r.ms).padStart(8)}  ${String(r.tests).padStart(4)} tests  ${r.file}${r.status === 'passed' ? '' : `  (${r.status})`}`);
    }
    const total = rows.reduce((s, r) => s + r.ms, 0);
    console.log(`   ${seconds(total).padStart(8)}  ${String(result.numTotalTests).padStart(4)} tests  sum of the files (${seconds(wall)} wall clock, with start-up and any build)`);
    for (const f of result.testResults) {
      // A file that fails before its tests run (an error at load) has only this message.
      if (f.message) console.log(`      ✗ ${relative(ROOT, f.name)}: ${f.message.split('\n')[0]}`);
      for (const a of f.assertionResults.filter((x) => x.status === 'failed')) console.log(`      ✗ ${relative(ROOT, f.name)}: ${a.title}`);
    }
  },
};

export default bench;
