import { z } from 'zod';

/** content/notes/chapter-N.json: note number → the note's text, for notes an editor has supplied. */
export const noteTexts = z.record(z.string().regex(/^[1-9]\d*$/, 'a note number (1, 2, …)'), z.string());
export type NoteTexts = z.infer<typeof noteTexts>;
