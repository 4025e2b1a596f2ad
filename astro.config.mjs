// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { editionIntegrations } from './src/integrations/index.ts';
import { abbreviations } from './src/lib/edition-data.ts';
import { settings } from './src/lib/settings.ts';
import { rehypePlugins, remarkPlugins } from './src/plugins/index.ts';
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
      // The same plugins read the MDX in the importer's check and make the EPUB (src/plugins/index.ts).
      remarkPlugins,
      rehypePlugins: rehypePlugins(abbreviations),
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
