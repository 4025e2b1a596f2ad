import { readFileSync } from 'node:fs';
import { decodeSource } from '../../scripts/importer/read-source.ts';
import { applySplices, type Splice } from '../../scripts/importer/splice.ts';
import { changeRecord } from '../../src/edition/formats/changes.ts';
import { readData } from '../../src/lib/read-data.ts';

export const SOURCE_PATH = 'content/source/000_ac9d19b672abe505.txt';
export const CHANGES_PATH = 'content/edition/changes.json';

export function sourceText(path = SOURCE_PATH): string {
  return decodeSource(readFileSync(path), path);
}

export function recordedChanges(path = CHANGES_PATH): Splice[] {
  return readData(changeRecord, path).changes;
}

/**
 * The words of source markup as a reader sees them: note markers as their
 * numbers, no emphasis, strikethrough or heading marks. Independent of the
 * importer's own parsing, so the comparison tests the whole pipeline.
 */
export function plainText(markup: string): string {
  return markup
    .replace(/<sup>(\d+)<\/sup>/g, '$1')
    .replace(/\*\*|\*|~~/g, '')
    .replace(/^#{1,6}[ \t]+/gm, '');
}

/** The source with every recorded editorial change applied, as plain text. */
export function editedPlainText(): string {
  return plainText(applySplices(sourceText(), recordedChanges()));
}
