import type { APIRoute } from 'astro';
import { href } from '../lib/urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(href('/sitemap.xml'), site).href}\n`, { headers: { 'content-type': 'text/plain' } });
