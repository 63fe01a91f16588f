import { readFileSync } from 'node:fs';
import { importDocument, type ImportedDocument } from '../../src/lib/importer/import-document.ts';
import { readMeta } from '../../src/lib/importer/meta.ts';
import { readRegistryDir } from '../../src/lib/importer/registry-files.ts';
import { subtree } from '../../src/lib/model/tree.ts';
import type { UnitJson } from '../../src/schemas/document-tree.ts';
import { CITED, SOURCES } from './paths.ts';

/** The registry of cited documents in content/cited/. */
export const REGISTRY = readRegistryDir(CITED);

/** Imports one of the committed sources, by file name. */
export function importSource(source: string): ImportedDocument {
  const metaFile = source.replace(/\.txt$/, '.yaml');
  const meta = readMeta(readFileSync(`${SOURCES}${metaFile}`, 'utf8'), metaFile);
  return importDocument(readFileSync(`${SOURCES}${source}`), meta, source, metaFile, REGISTRY);
}

/** Every unit of a list, depth first. */
export function allUnits(units: UnitJson[]): UnitJson[] {
  return units.flatMap(subtree);
}

export function childrenOfKind(unit: UnitJson | undefined, kind: UnitJson['kind']): UnitJson[] {
  return (unit?.children ?? []).filter((c) => c.kind === kind);
}
