import { createHash } from 'node:crypto';
import type { AstroUserConfig } from 'astro';
import { SEARCH_LOADER } from '../browser/loader.ts';
import { PREPAINT } from '../browser/settings/prepaint.ts';

/**
 * The site's Content Security Policy, which Astro writes into every page as a
 * <meta http-equiv> (and src/integrations/security-headers.ts into the host
 * headers): same-origin everything, the two inline scripts (the loader; the
 * reader's settings applied before the first paint) allowed by their hashes,
 * and WebAssembly for Pagefind's search ('wasm-unsafe-eval'). Styles Astro
 * inlines are hashed by Astro; after the build each page keeps only the hashes
 * of the inline scripts and styles it has (src/integrations/csp-pin.ts).
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
    // Nothing may change what the pages' relative links resolve against.
    "base-uri 'none'",
    "form-action 'self'",
    "object-src 'none'",
  ],
  scriptDirective: {
    resources: ["'self'", "'wasm-unsafe-eval'"],
    hashes: [sha256(SEARCH_LOADER), sha256(PREPAINT)],
  },
  styleDirective: { resources: ["'self'"] },
};
