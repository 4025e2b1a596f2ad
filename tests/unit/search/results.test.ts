import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasRun, type PagefindFragment, sectionHits, withHighlight } from '../../../src/search/results.ts';

test('hasRun finds consecutive match positions', () => {
  assert.ok(hasRun([4, 9, 10], 2));
  assert.ok(!hasRun([4, 9, 11], 2));
  assert.ok(hasRun([3], 1));
  assert.ok(!hasRun([], 1));
});

const fragment = (chapter: number, subs: [string, string, number[]][]): PagefindFragment => ({
  url: `/chapter-${chapter}/`,
  meta: { chapter: `Chapter ${chapter}`, title: `Chapter ${chapter} …` },
  sub_results: subs.map(([title, url, locations]) => ({ title, url, excerpt: `… <mark>x</mark> …`, locations })),
});

test('sections with the phrase come first, then by number of matches, then in book order', () => {
  const hits = sectionHits(
    [
      fragment(3, [
        ['Chapter 3 …', '/chapter-3/', [1, 5]],
        ['Accumulated Tension', '/chapter-3/#accumulated-tension', [10, 20, 30]],
        ['Breakdown', '/chapter-3/#breakdown', [7, 8]],
      ]),
      fragment(2, [['Chapter 2', '/chapter-2/', [2, 9]]]),
    ],
    2,
  );
  assert.deepEqual(hits.map((h) => h.url), ['/chapter-3/#breakdown', '/chapter-3/#accumulated-tension', '/chapter-2/', '/chapter-3/']);
  assert.equal(hits[0].section, 'Breakdown');
  assert.equal(hits[3].section, null, 'a chapter opening has no section');
  assert.equal(hits[0].chapter, 'Chapter 3');
});

test('withHighlight puts the words before the fragment', () => {
  assert.equal(withHighlight('/chapter-3/#breakdown', ['Gao', 'Gang']), '/chapter-3/?highlight=Gao%20Gang#breakdown');
  assert.equal(withHighlight('/chapter-3/', ['Yudin']), '/chapter-3/?highlight=Yudin');
  assert.equal(withHighlight('/chapter-3/', []), '/chapter-3/');
});
