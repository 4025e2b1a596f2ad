/**
 * Each page's Content Security Policy allows exactly the inline scripts and
 * styles the page has. Astro lists every hash it might need on every page
 * (its island runtime and client directives, other pages' styles) and has no
 * setting to leave them out; this keeps, per page, only the hashes of the
 * page's own inline <script> and <style> elements, and refuses a page with an
 * inline script or style the policy does not allow (the browser would block
 * it). Pure; src/integrations/security-headers.ts applies it to the built pages.
 */
import { createHash } from 'node:crypto';

const META = /(<meta http-equiv="content-security-policy" content=")([^"]+)(")/i;

/** The sha256 source expression of an inline script's or style's text, as CSP computes it. */
export const hashSource = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The text of each inline element `tag` (no src attribute) in `html`, exactly as written. */
export function inlineTexts(html: string, tag: 'script' | 'style'): string[] {
  const re = new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'gi');
  return [...html.matchAll(re)].filter((m) => !/(?:^|\s)src\s*=/i.test(m[1])).map((m) => m[2]);
}

/** The policy of a page's <meta http-equiv="content-security-policy">, quotes decoded. */
export function pagePolicy(html: string): string | undefined {
  return META.exec(html)?.[2].replace(/&#39;/g, "'");
}

const DIRECTIVE_OF = { script: 'script-src', style: 'style-src' } as const;

/**
 * `html` with its policy's script-src and style-src hashes cut down to those
 * of its own inline scripts and styles; an error for an inline script or
 * style whose hash the policy does not have.
 */
export function pinPolicy(html: string, page: string): string {
  const policy = pagePolicy(html);
  if (policy === undefined) throw new Error(`${page}: no Content-Security-Policy meta element`);
  const directives = policy
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => d.split(/\s+/));
  for (const tag of ['script', 'style'] as const) {
    const directive = directives.find((d) => d[0] === DIRECTIVE_OF[tag]);
    const used = new Set(inlineTexts(html, tag).map(hashSource));
    const allowed = new Set(directive?.slice(1).filter((s) => s.startsWith("'sha")) ?? []);
    for (const hash of used) if (!allowed.has(hash)) throw new Error(`${page}: an inline <${tag}> (${hash}) that the Content Security Policy does not allow`);
    if (directive) directive.splice(1, directive.length - 1, ...directive.slice(1).filter((s) => !s.startsWith("'sha") || used.has(s)));
  }
  const pinned = directives.map((d) => d.join(' ')).join('; ');
  return html.replace(META, (_, open: string, _content: string, close: string) => `${open}${pinned}${close}`);
}
