/**
 * The author's notes are not in the excerpt. When an editor supplies their
 * texts, as content/notes/chapter-N.json ({ "1": "text", … }), the sidenotes
 * show them. The files are read through their schema, once per build.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chapterSlug } from '../edition/addresses.ts';
import { type NoteTexts, noteTexts } from '../edition/formats/notes.ts';
import { readOptionalData } from './read-data.ts';
import { settings } from './settings.ts';

const cache = new Map<string, NoteTexts>();

export function notesFor(chapter: number, dir: string = settings.notesDir): NoteTexts {
  const file = join(dir, `${chapterSlug(chapter)}.json`);
  let notes = cache.get(file);
  if (!notes) {
    notes = readOptionalData(noteTexts, file, {});
    cache.set(file, notes);
  }
  return notes;
}

/** The text of note `n` of `chapter`, or null when the edition does not have it. */
export function noteText(chapter: number, n: number, dir?: string): string | null {
  const text = notesFor(chapter, dir)[String(n)];
  return typeof text === 'string' && text.trim() !== '' ? text : null;
}

/** True when any note text is supplied for `chapter`. */
export const hasNoteTexts = (chapter: number, dir?: string) => Object.values(notesFor(chapter, dir)).some((t) => t.trim() !== '');

/** True when any note text is supplied for any chapter (every chapter-N.json in the notes folder). */
export function anyNoteTexts(dir: string = settings.notesDir): boolean {
  if (!existsSync(dir)) return false;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .some((f) => Object.values(readOptionalData(noteTexts, join(dir, f), {})).some((t) => t.trim() !== ''));
}
