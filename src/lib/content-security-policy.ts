import { createHash } from 'node:crypto';
import type { AstroUserConfig } from 'astro';
import { SEARCH_LOADER } from '../browser/loader.ts';

/**
 * The site's Content Security Policy, which Astro writes into every page as a
 * <meta http-equiv> (and src/integrations/security-headers.ts into _headers): same-origin
 * everything, the one inline script allowed by its hash, and WebAssembly for
 * Pagefind's search ('wasm-unsafe-eval'). Styles Astro inlines are hashed by Astro.
 */
const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}` as const;

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

export const contentSecurityPolicy: CspConfig = {
  algorithm: 'SHA-256',
  directives: [
    "default-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ],
  scriptDirective: {
    resources: ["'self'", "'wasm-unsafe-eval'"],
    hashes: [sha256(SEARCH_LOADER)],
  },
  styleDirective: { resources: ["'self'"] },
};
