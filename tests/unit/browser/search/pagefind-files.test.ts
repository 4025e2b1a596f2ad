import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundleFiles, chunksFor, type IndexChunk, normaliseTerm } from '../../../../src/browser/search/pagefind-files.ts';

test('the files Pagefind needs before it can search, named from its entry file', () => {
  const files = bundleFiles({ languages: { en: { hash: 'en_574af8acde', wasm: 'en', page_count: 226 } } }, ['en_916e2e7.pf_filter']);
  assert.deepEqual(files, {
    metaCacheTag: 'en_574af8acde',
    preload: ['pagefind-entry.json?ts=en_574af8acde', 'pagefind.en_574af8acde.pf_meta', 'wasm.en.pagefind', 'filter/en_916e2e7.pf_filter'],
    chunks: [],
  });
  assert.deepEqual(bundleFiles({ languages: { 'zh-hant': { hash: 'zh-hant_1', page_count: 1 } } }).preload[2], 'wasm.unknown.pagefind');
  assert.throws(() => bundleFiles({ languages: {} }), /no language/);
});

test('a search term as Pagefind normalises it', () => {
  assert.deepEqual(normaliseTerm('Mao’s  Lüshun-Port'), ['maos', 'lushunport']);
});

// As the excerpt's metadata lists them (src/integrations/pagefind-meta.ts).
const chunks: IndexChunk[] = [
  ['000', 'bu', 'a'],
  ['by', 'econom', 'b'],
  ['economi', 'inch', 'c'],
  ['thei', '“mao', 'd'],
  ['“may', 'zz', 'e'],
];

test('the chunk a word needs, as Pagefind picks it: the range holding it, else a prefix-wise match', () => {
  assert.deepEqual(chunksFor('Yudin', chunks), ['d']);
  assert.deepEqual(chunksFor('Gao Gang', chunks), ['c']);
  assert.deepEqual(chunksFor('Beijing', chunks), ['a']);
  assert.deepEqual(chunksFor('econo', chunks), ['b']);
  // "th" sorts before "thei" and after "inch": only a prefix-wise match finds the chunk of "the…" words.
  assert.deepEqual(chunksFor('th', chunks), ['d']);
});
