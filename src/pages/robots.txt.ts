import type { APIRoute } from 'astro';
import { href } from '../lib/urls.ts';

/** Everything may be crawled; the sitemap is named only when SITE_URL gives it an absolute address (src/integrations/site-address.ts). */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n${site ? `\nSitemap: ${new URL(href('/sitemap.xml'), site).href}\n` : ''}`, { headers: { 'content-type': 'text/plain' } });
