/** A problem in an input file, reported as `file:line: message` so an editor can jump to it. */
export class SourceError extends Error {
  readonly file: string;
  readonly line: number | undefined;

  constructor(file: string, line: number | undefined, message: string, options?: { cause?: unknown }) {
    super(`${file}${line ? `:${line}` : ''}: ${message}`, options);
    this.name = 'SourceError';
    this.file = file;
    this.line = line;
  }
}
