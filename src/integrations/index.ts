/** The build's own steps after Astro writes the pages, in the order they must run. */
import type { AstroIntegration } from 'astro';
import { browserBundle } from './browser-bundle.ts';
import { epubIntegration } from './epub.ts';
import { offline } from './offline.ts';
import { precompress } from './precompress.ts';
import { searchIndex } from './search-index.ts';
import { securityHeaders } from './security-headers.ts';
import { siteAddress } from './site-address.ts';

/**
 * The service worker (offline) must see every file the steps before it write;
 * precompression comes last: Astro awaits each build:done hook in turn, and it
 * must see every file the others write.
 */
export const editionIntegrations = (): AstroIntegration[] => [siteAddress(), searchIndex(), browserBundle(), epubIntegration(), offline(), securityHeaders(), precompress()];
