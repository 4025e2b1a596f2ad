/** What hosts, search engines and link previews read: descriptions, canonical URLs, Open Graph, sitemap, robots. */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { SEARCH_LOADER } from '../../src/browser/loader.ts';
import { hashSource, inlineTexts, pagePolicy } from '../../src/integrations/csp-pin.ts';
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
  assert.match(headers, /Content-Security-Policy: default-src 'self';.*base-uri 'none';.*script-src 'self' 'wasm-unsafe-eval' 'sha256-.*frame-ancestors 'none'/);
  assert.match(headers, /Referrer-Policy: strict-origin-when-cross-origin/);
  assert.match(headers, /X-Content-Type-Options: nosniff/);
});

/** A directive's hash sources in a policy. */
const hashesOf = (policy: string, directive: string) =>
  new Set(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .find((d) => d[0] === directive)
      ?.filter((s) => s.startsWith("'sha")) ?? [],
  );

test('each page allows exactly the inline scripts and styles it has, no more (no unused Astro island or directive hashes)', () => {
  for (const path of builtPages()) {
    const page = html(path);
    const policy = pagePolicy(page) ?? '';
    assert.match(policy, /base-uri 'none'/, path);
    assert.deepEqual(hashesOf(policy, 'script-src'), new Set(inlineTexts(page, 'script').map(hashSource)), `${path}: script-src`);
    assert.deepEqual(hashesOf(policy, 'style-src'), new Set(inlineTexts(page, 'style').map(hashSource)), `${path}: style-src`);
  }
});

test('the host headers allow exactly the inline scripts and styles some page has, and say the same for every host', () => {
  const pages = builtPages().map(html);
  const csp = /Content-Security-Policy: (.*)/.exec(readFileSync('dist/_headers', 'utf8'))?.[1] ?? '';
  assert.deepEqual(hashesOf(csp, 'script-src'), new Set(pages.flatMap((p) => inlineTexts(p, 'script').map(hashSource))));
  assert.deepEqual(hashesOf(csp, 'style-src'), new Set(pages.flatMap((p) => inlineTexts(p, 'style').map(hashSource))));
  // The loader is one of them (a sanity check on the hashing).
  assert.ok(hashesOf(csp, 'script-src').has(hashSource(SEARCH_LOADER)));
  for (const [file, pattern] of [
    ['dist/security-headers.nginx.conf', /^add_header ([\w-]+) "([^"]*)" always;$/gm],
    ['dist/security-headers.caddy', /^\t([\w-]+) "([^"]*)"$/gm],
  ] as const) {
    const got = Object.fromEntries([...readFileSync(file, 'utf8').matchAll(pattern)].map((m) => [m[1], m[2]]));
    const want = Object.fromEntries([...readFileSync('dist/_headers', 'utf8').matchAll(/^ {2}([\w-]+): (.*)$/gm)].map((m) => [m[1], m[2]]));
    assert.deepEqual(got, want, file);
  }
});
