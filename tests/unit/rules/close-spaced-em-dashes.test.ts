import assert from 'node:assert/strict';
import { test } from 'node:test';
import { closeSpacedEmDashes } from '../../../scripts/importer/rules/close-spaced-em-dashes.ts';
import { applySplices } from '../../../scripts/importer/splice.ts';
import { doc } from '../helpers.ts';

const close = (text: string) => applySplices(text, closeSpacedEmDashes.apply(doc(text)));

test('a spaced em dash between words is closed up', () => {
  const text = '### Section\n\nof “equality” — as Mao himself defined the term — should be\n';
  assert.equal(close(text), '### Section\n\nof “equality”—as Mao himself defined the term—should be\n');
  assert.deepEqual(closeSpacedEmDashes.apply(doc(text))[0], { rule: 'close-spaced-em-dashes', offset: text.indexOf(' — '), before: ' — ', after: '—' });
});

test('closed em dashes, an attribution dash and en dashes are untouched', () => {
  assert.deepEqual(closeSpacedEmDashes.apply(doc('### Section\n\nthe term—should be\n\n—Age-old Chinese proverb\n\nMao Zedong – Stalin\n')), []);
});
