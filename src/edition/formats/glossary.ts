import { z } from 'zod';

/** An abbreviation and what it stands for. */
export const abbreviation = z.strictObject({ term: z.string().min(1), expansion: z.string().min(1) });
export type Abbreviation = z.infer<typeof abbreviation>;

/** content/glossary.json: abbreviations that are not organisations' (those are in names.json), and the pinyin terms. */
export const glossary = z.strictObject({
  $comment: z.string().optional(),
  abbreviations: z.array(abbreviation),
  pinyin: z.array(
    z.strictObject({
      term: z.string().min(1),
      meaning: z.string().min(1),
      note: z.string().optional(),
      /** A published work's title, set as <cite>. */
      title: z.boolean().optional(),
    }),
  ),
});
export type Glossary = z.infer<typeof glossary>;
