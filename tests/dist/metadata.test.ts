/** What hosts, search engines and link previews read: descriptions, canonical URLs, Open Graph, sitemap, robots. */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { builtPages } from '../support/site.ts';

const html = (path: string) => readFileSync(`dist${path.endsWith('/') ? `${path}index.html` : path}`, 'utf8');
const attr = (page: string, re: RegExp) => re.exec(page)?.[1];

// The tested build has no SITE_URL (as after `npm ci && npm start`); tests/dist/base-path.test.ts builds with one.
test('every page has a description and Open Graph title and description; without SITE_URL no canonical URL or og:url', () => {
  const pages = builtPages();
  assert.ok(pages.length >= 10);
  for (const path of pages) {
    const page = html(path);
    assert.ok(attr(page, /<meta name="description" content="([^"]{20,})"/), `${path}: description`);
    assert.ok(attr(page, /<meta property="og:title" content="([^"]+)"/), `${path}: og:title`);
    assert.ok(attr(page, /<meta property="og:description" content="([^"]+)"/), `${path}: og:description`);
    assert.ok(/<link rel="icon" href="data:image\/svg\+xml,/.test(page), `${path}: favicon`);
    assert.equal(attr(page, /<link rel="canonical" href="([^"]+)"/), undefined, `${path}: canonical`);
    assert.equal(attr(page, /<meta property="og:url" content="([^"]+)"/), undefined, `${path}: og:url`);
  }
});

test('without SITE_URL no file names a made-up address: no sitemap, robots.txt without one, no example.org', () => {
  assert.ok(!existsSync('dist/sitemap.xml'));
  assert.equal(readFileSync('dist/robots.txt', 'utf8'), 'User-agent: *\nAllow: /\n');
  const files = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) => /\.(html|xml|txt|js|json|webmanifest)$/.test(f));
  assert.ok(files.length > 10);
  for (const f of files) assert.doesNotMatch(readFileSync(join('dist', f), 'utf8'), /example\.org/, f);
});

test('without SITE_URL a chapter’s printed address is its path, for the loader to complete from the browser’s', () => {
  const page = html('/chapter-3/');
  assert.match(page, /<div class="print-url" data-pagefind-ignore data-reader-address>\/chapter-3\/<\/div>/);
});

test('_headers carries the Content Security Policy and the other security headers', () => {
  assert.ok(existsSync('dist/_headers'));
  const headers = readFileSync('dist/_headers', 'utf8');
  assert.match(headers, /Content-Security-Policy: default-src 'self';.*script-src 'self' 'wasm-unsafe-eval' 'sha256-.*frame-ancestors 'none'/);
  assert.match(headers, /Referrer-Policy: strict-origin-when-cross-origin/);
  assert.match(headers, /X-Content-Type-Options: nosniff/);
});
