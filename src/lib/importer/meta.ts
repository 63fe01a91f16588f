import { documentMetaSchema, type DocumentMeta } from '../../schemas/document-meta.ts';
import { readYamlFile } from './yaml-file.ts';

/** Reads and validates a metadata file; every error names the file and the line of the bad field. */
export function readMeta(text: string, file: string): DocumentMeta {
  return readYamlFile(text, file, documentMetaSchema);
}
