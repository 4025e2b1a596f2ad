import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withHighlight } from '../../../../src/browser/search/results.ts';

test('withHighlight puts the words before the fragment', () => {
  assert.equal(withHighlight('/chapter-3/#breakdown', ['Gao', 'Gang']), '/chapter-3/?highlight=Gao%20Gang#breakdown');
  assert.equal(withHighlight('/chapter-3/', ['Yudin']), '/chapter-3/?highlight=Yudin');
  assert.equal(withHighlight('/chapter-3/', []), '/chapter-3/');
});
