import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { citedDocumentSchema } from '../../schemas/cited-document.ts';
import { Registry } from '../citations/registry.ts';
import { SourceError } from './source-error.ts';
import { readYamlFile } from './yaml-file.ts';

/** The registry from the text of its files (`content/cited/<id>.yaml`); the file name is the id. */
export function readRegistry(files: { file: string; text: string }[]): Registry {
  const documents = files.map(({ file, text }) => {
    const id = basename(file).replace(/\.ya?ml$/, '');
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
      throw new SourceError(file, undefined, 'tên tệp là địa chỉ trang: chỉ dùng chữ thường không dấu, số và dấu gạch ngang');
    }
    return { ...readYamlFile(text, file, citedDocumentSchema), id, file };
  });
  return new Registry(documents);
}

/** The registry in a directory; files are named relative to the working directory in errors. */
export function readRegistryDir(dir: string): Registry {
  const files = readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => ({ file: relative(process.cwd(), join(dir, f)) || f, text: readFileSync(join(dir, f), 'utf8') }));
  return readRegistry(files);
}
