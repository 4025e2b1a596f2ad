import { z } from 'zod';

/**
 * content/editorial/document-notes.json: the edition's short notes on a
 * transcribed document, saying what its transcription shows (a struck
 * passage, a gap between pages), keyed by the document's id.
 */
export const documentNotes = z.strictObject({
  $comment: z.string().optional(),
  documents: z.record(
    z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    z.strictObject({
      /** The note's paragraphs, in English; words in the document's language are quoted as it gives them. */
      note: z.array(z.string().min(1)).min(1),
    }),
  ),
});
export type DocumentNotes = z.infer<typeof documentNotes>;
