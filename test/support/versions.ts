/** The fixture pair of versions (test/fixtures/versions/): an old text and the text replacing it. Never published. */
import { readFileSync } from 'node:fs';
import { importDocument, type ImportedDocument } from '../../src/lib/importer/import-document.ts';
import { readMeta } from '../../src/lib/importer/meta.ts';
import { ROOT } from './paths.ts';

export const VERSIONS_DIR = `${ROOT}test/fixtures/versions/`;
export const OLD_SLUG = 'van-hoa-cong-so-2019';
export const NEW_SLUG = 'van-hoa-cong-so-2026';

export function importVersion(name: 'cu' | 'moi'): ImportedDocument {
  const meta = readMeta(readFileSync(`${VERSIONS_DIR}${name}.yaml`, 'utf8'), `${name}.yaml`);
  return importDocument(readFileSync(`${VERSIONS_DIR}${name}.txt`), meta, `${name}.txt`, `${name}.yaml`);
}
