/** The build's own steps after Astro writes the pages, in the order they must run. */
import type { AstroIntegration } from 'astro';
import { browserBundle } from './browser-bundle.ts';
import { searchIndex } from './search-index.ts';
import { securityHeaders } from './security-headers.ts';
import { siteAddress } from './site-address.ts';

export const editionIntegrations = (): AstroIntegration[] => [siteAddress(), searchIndex(), browserBundle(), securityHeaders()];
