import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type PagefindApi, type PagefindResult, rankResults, runSearch, type SearchDeps } from '../../../../src/browser/search/engine.ts';
import type { PagefindFragment } from '../../../../src/browser/search/passages.ts';
import { prepareQuery } from '../../../../src/browser/search/query.ts';
import { statusText, variantText } from '../../../../src/browser/search/render.ts';
import { variantTable } from '../../../../src/browser/search/variants.ts';

/** A fake Pagefind over records given as fragments; word positions are where the query's words stand. */
function fakeIndex(records: PagefindFragment[], index: PagefindFragment[] = []): PagefindApi & { fetched: string[] } {
  const fetched: string[] = [];
  const results = (fs: PagefindFragment[], term: string) => {
    const wanted = term.toLowerCase().split(' ');
    return fs
      .map((f): PagefindResult => {
        const words = f.content.split(' ').flatMap((w, i) => (wanted.includes(w.toLowerCase().replace(/[^\p{L}]/gu, '')) ? [i] : []));
        return { words, data: async () => (fetched.push(f.url), { ...f, locations: words }) };
      })
      .filter((r) => r.words.length > 0);
  };
  return {
    fetched,
    async search(term, options) {
      const isIndex = JSON.stringify(options?.filters) === JSON.stringify({ kind: 'index' });
      return { results: results(isIndex ? index : records, term) };
    },
  };
}

const record = (url: string, content: string, anchors: [string, number][] = []): PagefindFragment => ({ url, content, locations: [], anchors: anchors.map(([id, location]) => ({ id, location })) });
const deps = (api: PagefindApi): SearchDeps => ({
  english: async () => api,
  chinese: async () => api,
  variants: variantTable([{ name: 'Joseph Stalin', mentions: ['Joseph Stalin', 'Stalin'], variants: ['Filippov'] }]),
  outline: { chapters: [[3, [[1, null], [10, 'Breakdown']]]], documents: [] },
  base: '/',
});
const search = (q: string) => {
  const query = prepareQuery(q);
  if (query.kind !== 'search') throw new Error(q);
  return query;
};

test('records with the phrase rank first, then in Pagefind’s order', () => {
  const r = (name: string, words: number[]) => ({ name, words, data: async () => record(name, '') });
  assert.deepEqual(
    rankResults([r('a', [1, 5]), r('b', [10, 20, 30]), r('c', [7, 8])], 2).map((x) => [x.result.name, x.phrase]),
    [
      ['c', true],
      ['a', false],
      ['b', false],
    ],
  );
});

test('each paragraph with a match is a passage, labelled from the outline; the index entry is kept apart', async () => {
  const api = fakeIndex(
    [record('/chapter-3/#breakdown', 'Breakdown Yudin left. Then Yudin returned.', [['p3-10', 1], ['p3-11', 3]])],
    [{ url: '/names/#name-yudin', content: 'Yudin, Pavel', locations: [], meta: { title: 'Yudin, Pavel' } }],
  );
  const outcome = await runSearch(search('Yudin'), deps(api));
  assert.ok(outcome);
  assert.deepEqual(
    outcome.hits.map((h) => [h.url, `${h.label.where} ¶${h.label.paragraph}`]),
    [
      ['/chapter-3/#p3-10', 'Chapter 3 · Breakdown ¶10'],
      ['/chapter-3/#p3-11', 'Chapter 3 · Breakdown ¶11'],
    ],
  );
  assert.deepEqual(outcome.indexEntries.map((h) => [h.url, h.label.where]), [['/names/#name-yudin', 'Index of names · Yudin, Pavel']]);
  assert.ok(outcome.complete);
  assert.equal(statusText(search('Yudin'), outcome), '2 passages found for “Yudin”.');
});

test('fragments are fetched a batch of records at a time; the status says when more remain', async () => {
  const records = Array.from({ length: 7 }, (_, i) => record(`/chapter-3/#p3-${i + 1}`, `Mao spoke ${i}`, [[`p3-${i + 1}`, 0]]));
  const api = fakeIndex(records);
  const outcome = await runSearch(search('Mao'), deps(api), { batch: 3 });
  assert.ok(outcome);
  assert.equal(api.fetched.length, 3);
  assert.equal(outcome.complete, false);
  assert.equal(statusText(search('Mao'), outcome), 'More than 3 passages found for “Mao”; the first 3 are shown.');
  assert.equal(await outcome.more(), true);
  assert.equal(await outcome.more(), false);
  assert.equal(outcome.hits.length, 7);
  assert.equal(statusText(search('Mao'), outcome), '7 passages found for “Mao”.');
});

test('a passage without the phrase never comes before one with it, however the batches fall', async () => {
  const records = [
    record('/chapter-3/#p3-1', 'Gao Gang spoke. Gao and Gang', [['p3-1', 0], ['p3-2', 3]]),
    record('/chapter-3/#p3-5', 'then Gao Gang', [['p3-5', 0]]),
    record('/chapter-3/#p3-7', 'Gao alone', [['p3-7', 0]]),
  ];
  const outcome = await runSearch(search('Gao Gang'), deps(fakeIndex(records)), { batch: 1 });
  assert.ok(outcome);
  while (await outcome.more());
  assert.deepEqual(
    outcome.hits.map((h) => [h.url, h.phrase]),
    [
      ['/chapter-3/#p3-1', true],
      ['/chapter-3/#p3-5', true],
      ['/chapter-3/#p3-2', false],
      ['/chapter-3/#p3-7', false],
    ],
  );
});

test('a search the reader has typed past fetches no fragment', async () => {
  const api = fakeIndex([record('/chapter-3/#p3-1', 'Yudin', [['p3-1', 0]])]);
  assert.equal(await runSearch(search('Yudin'), deps(api), { isCurrent: () => false }), null);
  assert.deepEqual(api.fetched, []);
});

test('another name is searched in the text’s form, and the reader is told whom it refers to', async () => {
  const outcome = await runSearch(search('Filippov'), deps(fakeIndex([record('/chapter-3/#p3-1', 'Stalin agreed', [['p3-1', 0]])])));
  assert.ok(outcome);
  assert.equal(outcome.searchedFor, 'Stalin');
  assert.equal(variantText(outcome), '“Filippov” refers to Joseph Stalin.');
  assert.equal(statusText(search('Filippov'), outcome), '1 passage found for “Stalin”.');
});
