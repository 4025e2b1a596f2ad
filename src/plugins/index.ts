/**
 * The unified plugins that turn the text's MDX into the site's HTML, in order:
 * Astro's Markdown processor (astro.config.mjs) and the EPUB
 * (src/integrations/epub/) both take them from here, so both give every
 * paragraph, section and abbreviation the same ids and markup.
 */
import rehypeSlug from 'rehype-slug';
import remarkCjkFriendlyGfmStrikethrough from 'remark-cjk-friendly-gfm-strikethrough';
import remarkGfm from 'remark-gfm';
import type { Abbreviation } from '../edition/formats/glossary.ts';
import rehypeAbbreviations from './rehype-abbreviations.ts';
import rehypeParagraphIds from './rehype-paragraph-ids.ts';
import rehypeSectionPermalinks from './rehype-section-permalinks.ts';

// CommonMark's flanking rules miss ~~ beside CJK punctuation (the telegram's struck passage).
export const remarkPlugins = [remarkGfm, remarkCjkFriendlyGfmStrikethrough];

export const rehypePlugins = (abbreviations: readonly Abbreviation[]) => [
  rehypeSlug,
  rehypeSectionPermalinks,
  rehypeParagraphIds,
  [rehypeAbbreviations, { abbreviations }] as [typeof rehypeAbbreviations, { abbreviations: readonly Abbreviation[] }],
];
