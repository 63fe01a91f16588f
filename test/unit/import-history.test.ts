/** Lịch sử nhập: a new hash is appended with its time, the previous ones stay, the rest of the file is untouched. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recordImport } from '../../src/lib/importer/history.ts';
import { readMeta } from '../../src/lib/importer/meta.ts';
import { SOURCES } from '../support/paths.ts';

const yaml = readFileSync(`${SOURCES}003_ea6883da93ebe6f8.yaml`, 'utf8');
const current = readMeta(yaml, '003.yaml').imports.at(-1)!.sha256;
const other = 'a'.repeat(64);

describe('recording an import', () => {
  it('leaves the file alone when the source has the bytes last recorded', () => {
    expect(recordImport(yaml, '003.yaml', current, new Date('2027-01-02T03:04:05Z'))).toBeUndefined();
  });

  it('keeps the previous hash and date, and adds the new one with its time, at the end of the file', () => {
    const updated = recordImport(yaml, '003.yaml', other, new Date('2027-01-02T03:04:05.678Z'))!;
    expect(updated.startsWith(yaml)).toBe(true);
    expect(readMeta(updated, '003.yaml').imports).toEqual([
      { sha256: current, at: '2026-11-23T07:29:09Z' },
      { sha256: other, at: '2027-01-02T03:04:05Z' },
    ]);
  });

  it('starts the history of a file that has none, and says what it is', () => {
    const fresh = yaml.slice(0, yaml.indexOf('# Lịch sử nhập'));
    const updated = recordImport(fresh, 'moi.yaml', other, new Date('2027-01-02T03:04:05Z'))!;
    expect(updated).toContain('# Lịch sử nhập');
    expect(readMeta(updated, 'moi.yaml').imports).toEqual([{ sha256: other, at: '2027-01-02T03:04:05Z' }]);
  });

  it('refuses, naming the file, a history that is not at the end of the file where it can be added to', () => {
    const moved = yaml.slice(0, yaml.indexOf('# Lịch sử nhập')).replace('notes:', `${yaml.slice(yaml.indexOf('imports:'))}notes:`);
    expect(readMeta(moved, '003.yaml').imports).toHaveLength(1);
    expect(() => recordImport(moved, '003.yaml', other, new Date())).toThrow(/^003\.yaml: trường "imports" \(lịch sử nhập\) phải đứng cuối tệp/);
  });
});
