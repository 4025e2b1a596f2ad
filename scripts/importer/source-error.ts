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

/**
 * A problem found after the editorial rules ran, at an offset of the edited
 * text; import-edition.ts turns it into a SourceError at the source line it
 * came from. `problem` may name other places by their source line.
 */
export class EditionError extends Error {
  readonly offset: number;
  readonly problem: (lineOf: (editedOffset: number) => number) => string;

  constructor(offset: number, problem: string | ((lineOf: (editedOffset: number) => number) => string)) {
    super(typeof problem === 'string' ? problem : 'a problem in the edited text');
    this.name = 'EditionError';
    this.offset = offset;
    this.problem = typeof problem === 'string' ? () => problem : problem;
  }
}
