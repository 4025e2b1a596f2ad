/** An error in the source text, located so an editor can find it: `file:line:column: message`. */
export class SourceError extends Error {
  readonly file: string;
  readonly line: number;
  readonly column: number;

  constructor(file: string, line: number, column: number, problem: string) {
    super(`${file}:${line}:${column}: ${problem}`);
    this.name = 'SourceError';
    this.file = file;
    this.line = line;
    this.column = column;
  }
}
