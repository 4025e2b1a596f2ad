import assert from 'node:assert/strict';
import { test } from 'node:test';
import { enDashNumberRanges, rangeHyphens } from '../../../scripts/importer/rules/en-dash-number-ranges.ts';
import { applySplices } from '../../../scripts/importer/splice.ts';
import { doc } from '../helpers.ts';

test('the hyphen of a year range and of a page range', () => {
  assert.deepEqual(rangeHyphens('in 1949-50 and pp. 7-18.'), [7, 20]);
});

test('MiG-15, 50/50, an en dash range and a date with slashes are untouched', () => {
  assert.deepEqual(rangeHyphens('MiG-15 fighters, 50/50, 1950–53, 1/2-3, 1949-50-51, 3-D'), []);
});

test('apply() turns range hyphens into en dashes and skips document blocks', () => {
  const text = '### Section\n\nIn 1955-56 the MiG-15 was built.\n\n一九五〇年 1950-53\n';
  assert.equal(applySplices(text, enDashNumberRanges.apply(doc(text))), '### Section\n\nIn 1955–56 the MiG-15 was built.\n\n一九五〇年 1950-53\n');
});
