/**
 * After the pages are built: each page's Content Security Policy cut down to
 * the inline scripts and styles it has (csp-pin.ts), then the headers for
 * hosts that read them (server-headers.ts): dist/_headers (Netlify,
 * Cloudflare Pages), dist/security-headers.nginx.conf and
 * dist/security-headers.caddy. They carry the pages' policies merged into one,
 * plus what a <meta> cannot carry (frame-ancestors) and the other security headers.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { mergePolicies } from './csp-merge.ts';
import { pagePolicy, pinPolicy } from './csp-pin.ts';
import { caddySnippet, headersFile, nginxInclude, securityHeaderList } from './server-headers.ts';

/** The files the build writes for hosts, by name in dist/. */
export const HEADER_FILES = { netlify: '_headers', nginx: 'security-headers.nginx.conf', caddy: 'security-headers.caddy' } as const;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** Pin every page's policy to its own inline scripts and styles; the merged policy of them all, for the headers. */
export function pinPages(dist: string): { csp: string; pages: number } {
  const files = htmlFiles(dist);
  const policies = files.map((file) => {
    const html = pinPolicy(readFileSync(file, 'utf8'), relative(dist, file));
    writeFileSync(file, html);
    return pagePolicy(html) as string;
  });
  const merged = mergePolicies(policies);
  merged.set('frame-ancestors', new Set(["'none'"]));
  return { csp: [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; '), pages: files.length };
}

export function securityHeaders(): AstroIntegration {
  return {
    name: 'edition:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const { csp, pages } = pinPages(dist);
        const headers = securityHeaderList(csp);
        writeFileSync(join(dist, HEADER_FILES.netlify), headersFile(headers));
        writeFileSync(join(dist, HEADER_FILES.nginx), nginxInclude(headers));
        writeFileSync(join(dist, HEADER_FILES.caddy), caddySnippet(headers));
        logger.info(`${pages} pages' policies pinned to their inline scripts and styles; _headers, ${HEADER_FILES.nginx} and ${HEADER_FILES.caddy} written`);
      },
    },
  };
}
