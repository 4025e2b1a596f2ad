import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RecordedChange } from '../../scripts/importer/splice.ts';
import { CONTENT_DIR, getChapters } from './edition';
import { type Paragraph, paragraphsOf } from './paragraphs';

const readJson = <T>(...path: string[]) => JSON.parse(readFileSync(join(...path), 'utf8')) as T;

export { abbreviations, glossary, names } from './reference-data';

export interface ChangeRecord {
  source: string;
  rules: { name: string; description: string; changes: number }[];
  changes: RecordedChange[];
}
/** content/edition/changes.json: every change the importer made to the source. */
export const changeRecord = readJson<ChangeRecord>(CONTENT_DIR, 'edition', 'changes.json');

/** Every paragraph of every chapter, in book order. */
export async function allParagraphs(): Promise<Paragraph[]> {
  const chapters = await getChapters();
  return chapters.flatMap((c) => c.entries.flatMap((e) => paragraphsOf(e)));
}
