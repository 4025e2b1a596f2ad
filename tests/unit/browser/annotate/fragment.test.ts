import assert from 'node:assert/strict';
import { test } from 'node:test';
import { encodeTextPart, textDirective, wholeWords } from '../../../../src/browser/annotate/fragment.ts';
import { buildReadingText, type Piece } from '../../../../src/browser/annotate/reading-text.ts';

const t = (text: string): Piece<null> => ({ node: null, text });
const gap: Piece<null> = { boundary: 'gap' };
const block: Piece<null> = { boundary: 'block' };

test('a directive part encodes its own syntax characters', () => {
  assert.equal(encodeTextPart('Sino-Soviet, 1950 & after'), 'Sino%2DSoviet%2C%201950%20%26%20after');
});

test('selections widen to whole words', () => {
  const text = 'the Sino-Soviet alliance';
  assert.deepEqual(wholeWords(text, 6, 13), { start: 4, end: 15 });
});

test('a short quote in one run goes whole, with a word or three of context', () => {
  const rt = buildReadingText([block, t('It was the lean-to-one-side statement that Mao issued.'), block]);
  const s = rt.text.indexOf('lean');
  assert.equal(textDirective(rt, s, s + 'lean-to-one-side statement'.length), 'It%20was%20the-,lean%2Dto%2Done%2Dside%20statement,-that%20Mao%20issued.');
});

test('a quote across a note marker or paragraphs: start and end words, each within a run', () => {
  const rt = buildReadingText([block, t('a bloody border war in 1969.'), gap, t(' In the 1960s and 1970s, the complete break'), block, block, t('Next paragraph here.'), block]);
  const s = rt.text.indexOf('bloody');
  const e = rt.text.indexOf('1960s') + 5;
  assert.equal(textDirective(rt, s, e), 'a-,bloody%20border%20war%20in,In%20the%201960s,-and%201970s%2C%20the');
  // Ending at a paragraph's end: no suffix across the block.
  assert.equal(textDirective(rt, rt.text.indexOf('complete'), rt.text.indexOf('Next') + 4), 'and%201970s%2C%20the-,complete%20break,Next,-paragraph%20here.');
});
