// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import rehypeSlug from 'rehype-slug';
import remarkCjkFriendlyGfmStrikethrough from 'remark-cjk-friendly-gfm-strikethrough';
import remarkGfm from 'remark-gfm';
import { editionIntegrations } from './src/integrations/index.ts';
import { abbreviations } from './src/lib/edition-data.ts';
import { settings } from './src/lib/settings.ts';
import rehypeAbbreviations from './src/plugins/rehype-abbreviations.ts';
import rehypeIndexPlaces from './src/plugins/rehype-index-places.ts';
import rehypeParagraphIds from './src/plugins/rehype-paragraph-ids.ts';
import rehypeSectionPermalinks from './src/plugins/rehype-section-permalinks.ts';
import { contentSecurityPolicy } from './src/lib/content-security-policy.ts';

/** SITE_URL and BASE_PATH (src/lib/settings.ts) are the reader-facing settings. */
export default defineConfig({
  site: settings.site,
  base: settings.base,
  trailingSlash: 'ignore',
  // One request fewer on first visit: the stylesheet is small.
  build: { format: 'directory', inlineStylesheets: 'always' },
  markdown: {
    // The text has no code; Shiki's inline styles would also defeat the Content Security Policy.
    syntaxHighlight: false,
    // The importer already made the text typographic and recorded every change;
    // smartypants would change it again, silently.
    processor: unified({
      gfm: false,
      smartypants: false,
      // CommonMark's flanking rules miss ~~ beside CJK punctuation (the telegram's struck passage).
      remarkPlugins: [remarkGfm, remarkCjkFriendlyGfmStrikethrough],
      rehypePlugins: [rehypeSlug, rehypeSectionPermalinks, rehypeIndexPlaces, rehypeParagraphIds, [rehypeAbbreviations, { abbreviations }]],
    }),
  },
  security: { csp: contentSecurityPolicy },
  // The search index, the browser bundle and the security headers are built after the pages, in this order.
  integrations: [mdx(), ...editionIntegrations()],
  vite: {
    build: {
      rollupOptions: {
        // Every MDX module carries Astro's "use astro:head-inject" directive; the bundler's note on it is noise.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
