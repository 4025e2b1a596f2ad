/** What hosts, search engines and link previews read: descriptions, canonical URLs, Open Graph, sitemap, robots. */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { builtPages } from '../support/site.ts';

const html = (path: string) => readFileSync(`dist${path.endsWith('/') ? `${path}index.html` : path}`, 'utf8');
const attr = (page: string, re: RegExp) => re.exec(page)?.[1];

test('every page has a description and Open Graph title and description; every page but the 404 a canonical URL', () => {
  const pages = builtPages();
  assert.ok(pages.length >= 10);
  for (const path of pages) {
    const page = html(path);
    assert.ok(attr(page, /<meta name="description" content="([^"]{20,})"/), `${path}: description`);
    assert.ok(attr(page, /<meta property="og:title" content="([^"]+)"/), `${path}: og:title`);
    assert.ok(attr(page, /<meta property="og:description" content="([^"]+)"/), `${path}: og:description`);
    assert.ok(/<link rel="icon" href="data:image\/svg\+xml,/.test(page), `${path}: favicon`);
    const canonical = attr(page, /<link rel="canonical" href="([^"]+)"/);
    if (path === '/404.html') assert.equal(canonical, undefined);
    else assert.equal(canonical, `https://example.org${path}`);
  }
});

test('the sitemap lists every page but the 404 and the reader’s own notes page, and robots.txt points to it', () => {
  const sitemap = readFileSync('dist/sitemap.xml', 'utf8');
  const listed = [...sitemap.matchAll(/<loc>https:\/\/example\.org([^<]+)<\/loc>/g)].map((m) => m[1]).sort();
  assert.deepEqual(listed, builtPages().filter((p) => p !== '/404.html' && p !== '/notes/').sort());
  assert.match(readFileSync('dist/robots.txt', 'utf8'), /^Sitemap: https:\/\/example\.org\/sitemap\.xml$/m);
});

test('_headers carries the Content Security Policy and the other security headers', () => {
  assert.ok(existsSync('dist/_headers'));
  const headers = readFileSync('dist/_headers', 'utf8');
  assert.match(headers, /Content-Security-Policy: default-src 'self';.*script-src 'self' 'wasm-unsafe-eval' 'sha256-.*frame-ancestors 'none'/);
  assert.match(headers, /Referrer-Policy: strict-origin-when-cross-origin/);
  assert.match(headers, /X-Content-Type-Options: nosniff/);
});
