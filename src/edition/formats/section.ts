import { z } from 'zod';

/**
 * The front matter of one generated section file (content/chapters/chapter-N/NN-slug.mdx),
 * written by the importer, which alone numbers paragraphs and names sections.
 */
export const sectionFrontmatter = z.strictObject({
  chapter: z.number().int().positive(),
  /** Null when the excerpt does not include the chapter's heading. */
  chapterTitle: z.string().nullable(),
  /** The heading's final text; null for a chapter's untitled opening. */
  section: z.string().nullable(),
  /** The heading's id (addresses.sectionId of `section`); null for the opening. */
  sectionId: z.string().regex(/^[\p{L}\p{N}_-]+$/u).nullable(),
  /** 0 for the opening, then 1, 2, … in reading order. */
  order: z.number().int().nonnegative(),
  /** Paragraph ids (p3-12) of this section run from here … */
  firstParagraph: z.number().int().positive(),
  /** … for this many paragraphs (block quotations count as paragraphs). */
  paragraphCount: z.number().int().nonnegative(),
  /** Abbreviations the chapter has already used (and so spelt out) before this section. */
  abbreviationsBefore: z.array(z.string()),
  excerptOpensHere: z.literal(true).optional(),
  excerptEndsHere: z.literal(true).optional(),
});
export type SectionFrontmatter = z.infer<typeof sectionFrontmatter>;

/** The front matter of a transcribed document (content/documents/ID.mdx). */
export const documentFrontmatter = z.strictObject({
  /** The chapter that prints it. */
  chapter: z.number().int().positive(),
  caption: z.string(),
  credit: z.string().nullable(),
  /** BCP 47: zh-Hant for the telegram. */
  lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/),
});
export type DocumentFrontmatter = z.infer<typeof documentFrontmatter>;
