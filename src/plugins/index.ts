/**
 * The unified plugins that turn the text's MDX into the site's HTML, in order:
 * Astro's Markdown processor (astro.config.mjs), the importer's check of its
 * own output (scripts/importer/mdx-check.ts) and the EPUB take them from here,
 * so all read the MDX with the same syntax and give every paragraph, section
 * and abbreviation the same ids and markup.
 */
import rehypeSlug from 'rehype-slug';
import remarkCjkFriendlyGfmStrikethrough from 'remark-cjk-friendly-gfm-strikethrough';
import remarkGfm from 'remark-gfm';
import type { Abbreviation } from '../edition/formats/glossary.ts';
import rehypeAbbreviations from './rehype-abbreviations.ts';
import rehypeIndexPlaces from './rehype-index-places.ts';
import rehypeParagraphIds from './rehype-paragraph-ids.ts';
import rehypeSectionPermalinks from './rehype-section-permalinks.ts';
import remarkAddressesAsText from './remark-addresses-as-text.ts';

// GFM for ~~strikethrough~~ (the importer escapes everything else GFM reads:
// tables, footnotes, bare addresses, mdx-text.ts; the addresses GFM still finds
// inside words become words again); CommonMark's flanking rules miss ~~ beside
// CJK punctuation (the telegram's struck passage).
export const remarkPlugins = [remarkGfm, remarkAddressesAsText, remarkCjkFriendlyGfmStrikethrough];

export const rehypePlugins = (abbreviations: readonly Abbreviation[]) => [
  rehypeSlug,
  rehypeSectionPermalinks,
  // Before rehype-paragraph-ids, which adds each paragraph's number to its words.
  rehypeIndexPlaces,
  rehypeParagraphIds,
  [rehypeAbbreviations, { abbreviations }] as [typeof rehypeAbbreviations, { abbreviations: readonly Abbreviation[] }],
];
