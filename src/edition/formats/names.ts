import { z } from 'zod';

/** One person, place or organisation the text names (content/names.json). */
export const nameEntry = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** The name as the text usually gives it. */
  name: z.string().min(1),
  kind: z.enum(['person', 'place', 'organisation']),
  /** The heading in the index of names: "Mao Zedong" → "Mao Zedong", "Dean Acheson" → "Acheson, Dean". */
  indexAs: z.string().min(1),
  /** The exact strings the edited text uses, matched as whole words. */
  mentions: z.array(z.string().min(1)).min(1),
  /** Spellings the text does not use, which search answers with the entry's mentions. */
  variants: z.array(z.string().min(1)),
  /** An organisation's abbreviation, as the text writes it (CCP). */
  abbreviation: z.string().optional(),
  /** A word of explanation the edition adds. */
  note: z.string().optional(),
});
export type NameEntry = z.infer<typeof nameEntry>;

export const names = z.strictObject({
  $comment: z.string().optional(),
  entries: z.array(nameEntry),
});
export type Names = z.infer<typeof names>;
