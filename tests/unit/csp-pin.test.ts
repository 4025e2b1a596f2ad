import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hashSource, inlineTexts, pagePolicy, pinPolicy } from '../../src/integrations/csp-pin.ts';

const LOADER = '(()=>{console.log(1)})();';
const STYLE = 'body{color:red}';
const page = (policy: string, body = `<script data-src="/x.js">${LOADER}</script>`) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"><style>${STYLE}</style></head><body>${body}<script src="/search-ui.js"></script></body></html>`;
const astroPolicy = `default-src 'self';base-uri 'none'; script-src 'self' 'wasm-unsafe-eval' ${hashSource(LOADER)} 'sha256-island=' 'sha256-directive='; style-src 'self' ${hashSource(STYLE)} 'sha256-otherpage='`;

test('inline scripts and styles are found as written; scripts with a src are not inline', () => {
  const html = page(astroPolicy);
  assert.deepEqual(inlineTexts(html, 'script'), [LOADER]);
  assert.deepEqual(inlineTexts(html, 'style'), [STYLE]);
});

test('a page keeps only the hashes of its own inline scripts and styles', () => {
  const pinned = pagePolicy(pinPolicy(page(astroPolicy), 'index.html'));
  assert.equal(pinned, `default-src 'self'; base-uri 'none'; script-src 'self' 'wasm-unsafe-eval' ${hashSource(LOADER)}; style-src 'self' ${hashSource(STYLE)}`);
});

test('a page with no inline script keeps no script hash', () => {
  const pinned = pagePolicy(pinPolicy(page(astroPolicy, ''), 'plain.html'));
  assert.match(pinned ?? '', /script-src 'self' 'wasm-unsafe-eval';/);
});

test('an inline script the policy does not allow is an error naming the page', () => {
  assert.throws(() => pinPolicy(page(astroPolicy, '<script>alert(1)</script>'), 'chapter-3/index.html'), /^Error: chapter-3\/index\.html: an inline <script> \('sha256-.*'\) that the Content Security Policy does not allow$/);
});

test('a page without a policy is an error', () => {
  assert.throws(() => pinPolicy('<html></html>', '404.html'), /404\.html: no Content-Security-Policy meta element/);
});

test('the hash is CSP’s: sha256 of the UTF-8 text, base64', () => {
  assert.equal(hashSource(''), "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
});
