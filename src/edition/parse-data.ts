/**
 * Reading a data file through its schema. Pure (the caller reads the file): a
 * malformed file is a DataError naming the file, and the line and column of a
 * JSON syntax error or the path of the bad field.
 */
import type { z } from 'zod';

export class DataError extends Error {
  readonly file: string;
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'DataError';
    this.file = file;
  }
}

/** "entries[3].kind" from zod's path. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/** Line and column (1-based) of a character offset. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${before[before.length - 1].length + 1}`;
}

/** Validate `value` (already parsed) against `schema`; every problem is listed with its field. */
export function validateData<S extends z.ZodType>(schema: S, value: unknown, file: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${fieldPath(i.path) || '(the whole file)'}: ${i.message}`);
  throw new DataError(file, problems.length === 1 ? problems[0] : `\n  ${problems.join('\n  ')}`);
}

/** Parse JSON text and validate it against `schema`. */
export function parseData<S extends z.ZodType>(schema: S, text: string, file: string): z.infer<S> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    const where = at ? ` at ${lineColumn(text, Number(at[1]))}` : '';
    throw new DataError(file, `not valid JSON${where} (${message.replace(/ in JSON at position \d+.*$/, '')})`);
  }
  return validateData(schema, value, file);
}
