import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { documentFrontmatter, sectionFrontmatter } from './edition/formats/index.ts';
import { contentPath } from './lib/settings.ts';

/** One entry per chapter opening or section, written by `npm run import`. */
const chapters = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: contentPath('chapters') }),
  schema: sectionFrontmatter,
});

/** Documents the book transcribes (the 1950 telegram), each also given a page of its own. */
const documents = defineCollection({
  loader: glob({ pattern: '*.mdx', base: contentPath('documents') }),
  schema: documentFrontmatter,
});

export const collections = { chapters, documents };
