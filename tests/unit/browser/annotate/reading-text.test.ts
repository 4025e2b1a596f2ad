import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildReadingText, nodeSpans, offsetAt, type Piece, runsOf } from '../../../../src/browser/annotate/reading-text.ts';

const t = (node: string, text = node): Piece<string> => ({ node, text });
const block: Piece<string> = { boundary: 'block' };
const gap: Piece<string> = { boundary: 'gap' };

test('white space collapses to one space; the text starts and ends with a word', () => {
  const rt = buildReadingText([block, t('a', '\n  Fluttering high\tare '), t('b', ' the banners,'), block, t('c', '\n'), block]);
  assert.equal(rt.text, 'Fluttering high are the banners,');
});

test('a block boundary between words is a space; a left-out element is nothing', () => {
  const rt = buildReadingText([block, t('a', 'of victory,'), block, block, t('b', 'shaking'), block, t('c', 'war in 1969.'), gap, t('d', ' In the'), t('e', 'CCP'), gap, t('f', ' leaders')]);
  assert.equal(rt.text, 'of victory, shaking war in 1969. In theCCP leaders');
  // Crossing a block or a left-out element is a break: a text fragment cannot match across it.
  assert.deepEqual(
    runsOf(rt, 0, rt.text.length).map((r) => rt.text.slice(r.start, r.end)),
    ['of victory,', 'shaking', 'war in 1969.', 'In theCCP', 'leaders'],
  );
});

test('no-break spaces are kept', () => {
  assert.equal(buildReadingText([t('a', 'p.\u00a052 and  more')]).text, 'p.\u00a052 and more');
});

test('each character knows its node and offset; a boundary space has none', () => {
  const rt = buildReadingText([t('a', 'ab '), block, t('b', 'cd'), block, t('c', 'ef')]);
  assert.equal(rt.text, 'ab cd ef');
  assert.deepEqual([...rt.node], [0, 0, 0, 1, 1, 2, 2, 2]);
  assert.deepEqual([...rt.offset], [0, 1, 2, 0, 1, -1, 0, 1]);
  assert.deepEqual(nodeSpans(rt, 1, 7), [
    { node: 'a', start: 1, end: 3 },
    { node: 'b', start: 0, end: 2 },
    { node: 'c', start: 0, end: 1 },
  ]);
});

test('offsetAt: the number of reading-text characters before a point in a node', () => {
  const rt = buildReadingText([t('a', '  ab  '), t('b', 'cd'), block, t('c', 'ef')]);
  assert.equal(rt.text, 'ab cd ef');
  assert.equal(offsetAt(rt, 0, 0), 0);
  assert.equal(offsetAt(rt, 0, 3), 1);
  assert.equal(offsetAt(rt, 1, 0), 3);
  assert.equal(offsetAt(rt, 1, 2), 5);
  assert.equal(offsetAt(rt, 2, 0), 6);
  assert.equal(offsetAt(rt, 2, 2), 8);
});
