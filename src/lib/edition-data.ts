import type { ChangeRecord } from '../../scripts/importer/import-edition.ts';
import { CONTENT_DIR, getChapters } from './edition';
import { type Paragraph, paragraphsOf } from './paragraphs';
import { readJson } from './reference-data';

export { abbreviations, glossary, names } from './reference-data';
/** content/edition/changes.json: every change the importer made to the source. */
export const changeRecord = readJson<ChangeRecord>(CONTENT_DIR, 'edition', 'changes.json');

/** Every paragraph of every chapter, in book order. */
export async function allParagraphs(): Promise<Paragraph[]> {
  const chapters = await getChapters();
  return chapters.flatMap((c) => c.entries.flatMap((e) => paragraphsOf(e)));
}
