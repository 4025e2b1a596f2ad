// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import rehypeSlug from 'rehype-slug';
import { editionIntegrations } from './src/integrations/index.ts';
import { abbreviations } from './src/lib/edition-data.ts';
import { settings } from './src/lib/settings.ts';
import rehypeAbbreviations from './src/plugins/rehype-abbreviations.ts';
import rehypeParagraphIds from './src/plugins/rehype-paragraph-ids.ts';
import rehypeSectionPermalinks from './src/plugins/rehype-section-permalinks.ts';
import remarkStrikethrough from './src/plugins/remark-strikethrough.ts';
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
      // CommonMark + MDX + ~~strikethrough~~ only: no GFM autolinks, tables or footnotes in the text.
      remarkPlugins: [remarkStrikethrough],
      rehypePlugins: [rehypeSlug, rehypeSectionPermalinks, rehypeParagraphIds, [rehypeAbbreviations, { abbreviations }]],
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
