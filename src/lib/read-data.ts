/** Reading the edition's data files from disk through their schemas (Node; the parsing itself is src/edition/parse-data.ts). */
import { existsSync, readFileSync } from 'node:fs';
import type { z } from 'zod';
import { parseData } from '../edition/parse-data.ts';

/** `path`, parsed and validated; a bad file is an error naming it and the bad field. */
export function readData<S extends z.ZodType>(schema: S, path: string): z.infer<S> {
  return parseData(schema, readFileSync(path, 'utf8'), path);
}

/** As readData, or `fallback` when the file does not exist. */
export function readOptionalData<S extends z.ZodType>(schema: S, path: string, fallback: z.infer<S>): z.infer<S> {
  return existsSync(path) ? readData(schema, path) : fallback;
}
