/**
 * After the pages are built: dist/_headers for static hosts that read one
 * (Netlify, Cloudflare Pages): the Content Security Policy Astro put in each
 * page's <meta http-equiv>, merged into one header, plus what a <meta> cannot
 * carry (frame-ancestors) and the other security headers.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { mergePolicies } from './csp-merge.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** The _headers file for the built site in `dist`. */
export function headersFile(dist: string): { text: string; pages: number } {
  const policies = htmlFiles(dist).map((file) => {
    const m = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(readFileSync(file, 'utf8'));
    if (!m) throw new Error(`${file}: no Content-Security-Policy meta element`);
    return m[1].replace(/&#39;/g, "'");
  });
  const merged = mergePolicies(policies);
  merged.set('frame-ancestors', new Set(["'none'"]));
  const csp = [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
  return {
    text: `/*\n  Content-Security-Policy: ${csp}\n  Referrer-Policy: strict-origin-when-cross-origin\n  X-Content-Type-Options: nosniff\n`,
    pages: policies.length,
  };
}

export function securityHeaders(): AstroIntegration {
  return {
    name: 'edition:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const { text, pages } = headersFile(dist);
        writeFileSync(join(dist, '_headers'), text);
        logger.info(`_headers written (${pages} pages' policies merged)`);
      },
    },
  };
}
