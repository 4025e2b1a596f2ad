import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasRun, rankResults, toHit, withHighlight } from '../../../../src/browser/search/results.ts';

test('hasRun finds consecutive match positions', () => {
  assert.ok(hasRun([4, 9, 10], 2));
  assert.ok(!hasRun([4, 9, 11], 2));
  assert.ok(hasRun([3], 1));
  assert.ok(!hasRun([], 1));
});

const result = (name: string, words: number[]) => ({ name, words });

test('results with the phrase come first, then by number of matches, then in Pagefind’s order', () => {
  const ranked = rankResults([result('a', [1, 5]), result('b', [10, 20, 30]), result('c', [7, 8]), result('d', [2, 9])], 2);
  assert.deepEqual(
    ranked.map((r) => [r.result.name, r.phrase]),
    [
      ['c', true],
      ['b', false],
      ['a', false],
      ['d', false],
    ],
  );
});

test('a hit names chapter and section; a chapter opening has no section', () => {
  const hit = toHit({ url: '/chapter-3/#breakdown', excerpt: 'e', locations: [1, 2], meta: { chapter: 'Chapter 3', section: 'Breakdown' } }, true);
  assert.deepEqual(hit, { url: '/chapter-3/#breakdown', chapter: 'Chapter 3', section: 'Breakdown', excerpt: 'e', phrase: true, matches: 2 });
  assert.equal(toHit({ url: '/chapter-2/', excerpt: '', locations: [], meta: { chapter: 'Chapter 2' } }, false).section, null);
});

test('withHighlight puts the words before the fragment', () => {
  assert.equal(withHighlight('/chapter-3/#breakdown', ['Gao', 'Gang']), '/chapter-3/?highlight=Gao%20Gang#breakdown');
  assert.equal(withHighlight('/chapter-3/', ['Yudin']), '/chapter-3/?highlight=Yudin');
  assert.equal(withHighlight('/chapter-3/', []), '/chapter-3/');
});
