/**
 * What the edition does with SITE_URL (src/lib/settings.ts). Set, the pages
 * carry canonical links to it and the build writes a sitemap. Unset, no page
 * names an address of its own: no canonical link or og:url, no sitemap, and
 * printed pages and citations use the address the reader's browser has. The
 * build says which, once.
 */
import type { AstroIntegration } from 'astro';
import { settings } from '../lib/settings.ts';

export const SITE_URL_UNSET =
  'SITE_URL is not set: no canonical links and no sitemap.xml; printed pages and citations give the address the reader has in the browser (set SITE_URL=https://… to publish)';

export function siteAddress(): AstroIntegration {
  return {
    name: 'edition:site-address',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        if (settings.site) injectRoute({ pattern: '/sitemap.xml', entrypoint: new URL('../routes/sitemap.xml.ts', import.meta.url), prerender: true });
      },
      'astro:build:start': ({ logger }) => {
        if (settings.site) logger.info(`SITE_URL: pages link to ${new URL(settings.base, settings.site).href}; sitemap.xml written`);
        else logger.info(SITE_URL_UNSET);
      },
    },
  };
}
