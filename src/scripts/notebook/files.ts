/** "Xuất tệp sổ tay" and "Nhập tệp sổ tay": the backup file (src/lib/notebook/file.ts) in and out of the browser. */
import { checkAgainstSite, documentsOf, mergeNotebook, notebookFile, readNotebookFile, NOTEBOOK_FILE_MAX_BYTES } from '../../lib/notebook/file.ts';
import type { Notebook } from '../../lib/notebook/notebook.ts';
import type { DocumentUnitFacts } from '../../lib/model/unit-facts.ts';
import { unitFacts } from '../unit-facts.ts';
import { download } from './dom.ts';
import { update } from './store.ts';

export function saveBackup(notebook: Notebook): string {
  const now = new Date();
  const json = `${JSON.stringify(notebookFile(notebook, now.toISOString()), null, 1)}\n`;
  const name = `so-tay-${now.toISOString().slice(0, 10)}.json`;
  download(json, 'application/json', name);
  const units = notebook.collections.reduce((n, c) => n + c.units.length, 0);
  return `Đã xuất tệp “${name}”: ${notebook.collections.length} bộ sưu tập, ${units} mục.`;
}

export interface ImportResult {
  message: string;
  /** The notebook after the merge; absent when nothing changed. */
  notebook?: Notebook;
}

export async function importFile(file: File): Promise<ImportResult> {
  // Read only a file that may be one: a 50 MB file is refused before it is read.
  const text = file.size > NOTEBOOK_FILE_MAX_BYTES ? '' : await file.text();
  const read = readNotebookFile(text, file.name, file.size);
  if (!read.ok) return { message: read.error };
  const facts = new Map<string, DocumentUnitFacts | null>();
  try {
    for (const slug of documentsOf(read.file)) facts.set(slug, await unitFacts(slug));
  } catch {
    return { message: `Tệp “${file.name}”: chưa kiểm tra được với các văn bản (mất mạng?). Sổ tay của bạn không thay đổi.` };
  }
  const wrong = checkAgainstSite(read.file, file.name, facts);
  if (wrong) return { message: wrong };
  const { notebook, summary } = await update((nb) => mergeNotebook(nb, read.file.collections));
  const already = summary.alreadyThere ? `; ${summary.alreadyThere} mục đã có, giữ nguyên` : '';
  return { notebook, message: `Đã nhập “${file.name}”: ${summary.collections} bộ sưu tập mới, ${summary.added} mục mới${already}.` };
}
