import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasRun, type PagefindFragment, sectionHits, withHighlight } from '../../../src/search/results.ts';

test('hasRun finds consecutive match positions', () => {
  assert.ok(hasRun([4, 9, 10], 2));
  assert.ok(!hasRun([4, 9, 11], 2));
  assert.ok(hasRun([3], 1));
  assert.ok(!hasRun([], 1));
});

const fragment = (url: string, chapter: string, section: string | undefined, order: number, locations: number[]): PagefindFragment => ({
  url,
  excerpt: '… <mark>x</mark> …',
  locations,
  meta: { chapter, order: String(order), ...(section ? { section } : {}) },
});

test('sections with the phrase come first, then by number of matches, then in book order', () => {
  const hits = sectionHits(
    [
      fragment('/chapter-3/', 'Chapter 3', undefined, 300, [1, 5]),
      fragment('/chapter-3/#accumulated-tension', 'Chapter 3', 'Accumulated Tension', 304, [10, 20, 30]),
      fragment('/chapter-3/#breakdown', 'Chapter 3', 'Breakdown', 307, [7, 8]),
      fragment('/chapter-2/', 'Chapter 2', undefined, 200, [2, 9]),
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
