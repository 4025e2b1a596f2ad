import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isPrecached, precacheList, requestUrl, unusedPagefindWasm } from '../../../src/integrations/offline/precache.ts';

const file = (path: string, text: string) => ({ path, data: new TextEncoder().encode(text) });

test('requestUrl: a folder’s page by its folder, other files by their path', () => {
  assert.equal(requestUrl('index.html'), './');
  assert.equal(requestUrl('chapter-3/index.html'), 'chapter-3/');
  assert.equal(requestUrl('404.html'), '404.html');
  assert.equal(requestUrl('pagefind/pagefind.js'), 'pagefind/pagefind.js');
});

test('isPrecached: what a reader’s browser fetches, not the worker, host files, downloads or compressed twins', () => {
  for (const p of ['index.html', 'search-ui.js', 'pagefind/fragment/en_1.pf_fragment', 'manifest.webmanifest', 'favicon.svg']) assert.ok(isPrecached(p), p);
  for (const p of ['sw.js', '_headers', 'robots.txt', 'sitemap.xml', 'book.epub', 'index.html.gz', 'search-ui.js.br']) assert.ok(!isPrecached(p), p);
});

test('precacheList: sorted, hashed; the version changes with any file’s contents and only then', () => {
  const a = precacheList([file('search-ui.js', 'js'), file('index.html', 'home'), file('sw.js', 'worker 1')]);
  assert.deepEqual(a.entries.map(([url]) => url), ['./', 'search-ui.js']);
  assert.equal(a.bytes, 6);
  assert.equal(precacheList([file('index.html', 'home'), file('search-ui.js', 'js'), file('sw.js', 'worker 2')]).version, a.version);
  assert.notEqual(precacheList([file('index.html', 'home!'), file('search-ui.js', 'js')]).version, a.version);
});

test('unusedPagefindWasm: the WebAssembly no index names is left out; "unknown" kept where an index has no wasm of its own', () => {
  // As Pagefind writes it: each language's index hash, WebAssembly and page count.
  const entry = (dir: string, languages: Record<string, { wasm: string | null }>) =>
    file(`${dir}/pagefind-entry.json`, JSON.stringify({ version: '1.6.0', languages: Object.fromEntries(Object.entries(languages).map(([k, l]) => [k, { hash: `${k}_1`, page_count: 1, ...l }])) }));
  const files = [
    entry('pagefind', { en: { wasm: 'en' } }),
    file('pagefind/wasm.en.pagefind', 'en'),
    file('pagefind/wasm.unknown.pagefind', 'unknown'),
    entry('pagefind-zh', { 'zh-hant': { wasm: null } }),
    file('pagefind-zh/wasm.unknown.pagefind', 'unknown'),
  ];
  assert.deepEqual([...unusedPagefindWasm(files)], ['pagefind/wasm.unknown.pagefind']);
  assert.deepEqual(precacheList(files).entries.map(([url]) => url), ['pagefind-zh/pagefind-entry.json', 'pagefind-zh/wasm.unknown.pagefind', 'pagefind/pagefind-entry.json', 'pagefind/wasm.en.pagefind']);
});

test('unusedPagefindWasm: an entry file Pagefind did not write stops the build naming it', () => {
  assert.throws(() => unusedPagefindWasm([file('pagefind/pagefind-entry.json', '{"languages": {"en": {"wasm": "en"}}}')]), /^DataError: pagefind\/pagefind-entry\.json: \s*languages\.en\.hash: /);
});
