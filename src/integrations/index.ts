/** The build's own steps after Astro writes the pages, in the order they must run. */
import type { AstroIntegration } from 'astro';
import { browserBundle } from './browser-bundle.ts';
import { epubIntegration } from './epub.ts';
import { offline } from './offline.ts';
import { searchIndex } from './search-index.ts';
import { securityHeaders } from './security-headers.ts';

export const editionIntegrations = (): AstroIntegration[] => [searchIndex(), browserBundle(), epubIntegration(), offline(), securityHeaders()];
