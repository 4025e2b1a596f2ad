import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** Where the generated content lives; the scale benchmark points it at a synthetic book. */
const CONTENT_DIR = process.env.EDITION_CONTENT_DIR ?? './content';

/** One entry per chapter opening or section, written by `npm run import`. */
const chapters = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: `${CONTENT_DIR}/chapters` }),
  schema: z.object({
    chapter: z.number().int().positive(),
    /** Null when the excerpt does not include the chapter's heading. */
    chapterTitle: z.string().nullable(),
    /** Null for a chapter's untitled opening. */
    section: z.string().nullable(),
    order: z.number().int().nonnegative(),
    /** Within the chapter: paragraph ids (p3-12) count from here. */
    firstParagraph: z.number().int().positive(),
    excerptOpensHere: z.literal(true).optional(),
    excerptEndsHere: z.literal(true).optional(),
  }),
});

/** Documents the book transcribes (the 1950 telegram), each also given a page of its own. */
const documents = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${CONTENT_DIR}/documents` }),
  schema: z.object({
    chapter: z.number().int().positive(),
    caption: z.string(),
    credit: z.string().nullable(),
    lang: z.string(),
  }),
});

export const collections = { chapters, documents };
