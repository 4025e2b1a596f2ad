import { z } from 'zod';

/**
 * content/editorial/book.json: the book as a citation names it. The title page
 * prints these facts in its own layout (and not the year); a test holds the two
 * to agreement.
 */
export const book = z.strictObject({
  $comment: z.string().optional(),
  author: z.string().min(1),
  title: z.string().min(1),
  series: z.string().min(1),
  place: z.string().min(1),
  publisher: z.string().min(1),
  year: z.number().int().min(1450).max(2100),
});
export type Book = z.infer<typeof book>;
