import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { APPARATUS, namesLetterPath } from '../edition/addresses.ts';
import { names } from '../lib/edition-data.ts';
import { indexLetters, indexLines } from '../lib/name-index.ts';
import { getChapters } from '../lib/edition.ts';
import { chapterPath, documentPath, href } from '../lib/urls.ts';

/**
 * Every page a reader (or a search engine) should find; not the 404 page. A
 * sitemap needs absolute addresses, so it is built only with SITE_URL set
 * (src/integrations/site-address.ts injects this route).
 */
export const GET: APIRoute = async ({ site }) => {
  const chapters = await getChapters();
  const documents = await getCollection('documents');
  const apparatus = APPARATUS.map((a) => href(a.path));
  // The index of names has a page per letter besides its overview.
  const letters = indexLetters(indexLines(names)).map((l) => namesLetterPath(l, import.meta.env.BASE_URL));
  const paths = [href('/'), ...chapters.map((c) => chapterPath(c.number)), ...documents.map((d) => documentPath(d.id)), ...apparatus, ...letters];
  const urls = paths.map((p) => `  <url><loc>${new URL(p, site).href}</loc></url>`).join('\n');
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`, {
    headers: { 'content-type': 'application/xml' },
  });
};
