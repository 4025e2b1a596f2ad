import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The author's notes are not in the excerpt. When an editor supplies their
 * texts, as content/notes/chapter-N.json ({ "1": "text", … }), the sidenotes
 * show them. EDITION_NOTES_DIR points elsewhere (tests use a fixture).
 */
const NOTES_DIR = process.env.EDITION_NOTES_DIR ?? join(process.cwd(), 'content', 'notes');

/** Each notes file is read once per build, whichever directory it is in. */
const cache = new Map<string, Record<string, string>>();

export function notesFor(chapter: number, dir: string = NOTES_DIR): Record<string, string> {
  const file = join(dir, `chapter-${chapter}.json`);
  let notes = cache.get(file);
  if (!notes) {
    notes = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {};
    cache.set(file, notes);
  }
  return notes;
}

/** The text of note `n` of `chapter`, or null when the edition does not have it. */
export function noteText(chapter: number, n: number, dir?: string): string | null {
  const text = notesFor(chapter, dir)[String(n)];
  return typeof text === 'string' && text.trim() !== '' ? text : null;
}
