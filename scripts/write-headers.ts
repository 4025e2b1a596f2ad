/**
 * npm run build, last step: dist/_headers for static hosts that read one
 * (Netlify, Cloudflare Pages): the Content Security Policy Astro put in each
 * page's <meta http-equiv>, merged into one header, plus what a <meta> cannot
 * carry (frame-ancestors) and the other security headers.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mergePolicies } from './csp-merge.ts';

const DIST = process.env.DIST_DIR ?? 'dist';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const policies = htmlFiles(DIST).map((file) => {
  const m = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(readFileSync(file, 'utf8'));
  if (!m) throw new Error(`${file}: no Content-Security-Policy meta element`);
  return m[1].replace(/&#39;/g, "'");
});
const merged = mergePolicies(policies);
merged.set('frame-ancestors', new Set(["'none'"]));
const csp = [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');

writeFileSync(
  join(DIST, '_headers'),
  `/*\n  Content-Security-Policy: ${csp}\n  Referrer-Policy: strict-origin-when-cross-origin\n  X-Content-Type-Options: nosniff\n`,
);
console.log(`headers: _headers written (${policies.length} pages' policies merged)`);
