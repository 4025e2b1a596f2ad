import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ellipsisSpaces, nonbreakingEllipses } from '../../../scripts/importer/rules/nonbreaking-ellipses.ts';
import { applySplices } from '../../../scripts/importer/splice.ts';
import { doc } from '../helpers.ts';

test('the two inner spaces of a three-dot ellipsis', () => {
  assert.deepEqual(ellipsisSpaces('a . . . b'), [3, 5]);
});

test('the three inner spaces of a four-dot ellipsis (a period then an ellipsis)', () => {
  assert.deepEqual(ellipsisSpaces('end. . . . Then'), [4, 6, 8]);
});

test('a lone period, or two, is not an ellipsis', () => {
  assert.deepEqual(ellipsisSpaces('It ended. Then . . more'), []);
});

test('apply() makes the inner spaces no-break spaces and leaves the outer ones', () => {
  const text = '### Section\n\nThe war . . . was costly.\n';
  assert.equal(applySplices(text, nonbreakingEllipses.apply(doc(text))), '### Section\n\nThe war .\u00a0.\u00a0. was costly.\n');
});
