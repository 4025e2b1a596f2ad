/**
 * The only Markdown syntax the edition adds to CommonMark + MDX: `~~struck~~`
 * (the telegram's deleted passage), with CJK-friendly flanking (CommonMark's
 * rules miss `~~` beside Chinese punctuation) and no single-tilde form.
 *
 * Not remark-gfm: the source is text, and GFM would turn some of it into markup
 * the importer never meant (bare URLs and e-mail addresses into links, `|` rows
 * into tables, `[^1]` into footnotes). The site (astro.config.mjs) and the
 * importer's check of its own output (scripts/importer/mdx-check.ts) read MDX
 * with exactly this syntax.
 */
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmStrikethroughCjkFriendly } from 'micromark-extension-cjk-friendly-gfm-strikethrough';
import type { Processor } from 'unified';

export default function remarkStrikethrough(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmStrikethroughCjkFriendly({ singleTilde: false }));
  (data.fromMarkdownExtensions ??= []).push(gfmStrikethroughFromMarkdown());
}
