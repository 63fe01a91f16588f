import { importDocument, type ImportedDocument } from '../../src/lib/importer/import-document.ts';
import { documentMetaSchema, type DocumentMetaInput } from '../../src/schemas/document-meta.ts';
import { REGISTRY } from './import.ts';

export const SKELETON_META: DocumentMetaInput = {
  slug: 'thu-nghiem',
  source: 'thu-nghiem.txt',
  shortTitle: 'Văn bản thử nghiệm',
  type: 'Quy định',
  number: '1',
  symbol: 'QĐ/TU',
  date: { day: 1, month: 1, year: 2026 },
  issuer: 'Ban Thường vụ Tỉnh ủy',
  province: 'Điện Biên',
  signer: null,
  status: { value: 'du-thao', reason: 'Văn bản thử nghiệm, chưa ban hành.', evidence: [{ source: 'bộ kiểm thử của Sổ tay Quy định' }] },
  // A fixture site's feed needs a history; a fixed one keeps its builds reproducible.
  imports: [{ sha256: '0'.repeat(64), at: '2026-01-01T00:00:00Z' }],
};

/** A minimal well-formed document whose Điều 1 carries `lines`. */
export function skeleton(lines: string[]): string {
  return ['QUY ĐỊNH', '', 'về thử nghiệm', '', '-----', '', 'Điều 1. Thử nghiệm', '', ...lines.flatMap((l) => [l, '']), 'Nơi nhận:', '', '- Lưu.'].join('\n');
}

export function importText(text: string | Uint8Array, meta: Partial<DocumentMetaInput> = {}): ImportedDocument {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  return importDocument(bytes, documentMetaSchema.parse({ ...SKELETON_META, ...meta }), 'thu-nghiem.txt', 'thu-nghiem.yaml', REGISTRY);
}
