import assert from 'node:assert/strict';
import { test } from 'node:test';
import { anchor } from '../../../../src/browser/annotate/anchor.ts';
import { describe } from '../../../../src/browser/annotate/selectors.ts';

const TEXT =
  'Mao believed that the alliance served the revolution at home. Moscow, he thought, would help. ' +
  'Years later, Mao believed that the alliance served the revolution no longer, and said so in public.';
const second = TEXT.lastIndexOf('Mao believed');
const where = (start: number, end: number) => describe(TEXT, start, end);
const slice = (text: string, a: { start: number; end: number } | null) => (a ? text.slice(a.start, a.end) : null);

test('anchors at its offsets when the words are still there', () => {
  const { quote, position } = where(second, second + 30);
  assert.deepEqual(anchor(TEXT, quote, position), { start: second, end: second + 30, how: 'position' });
});

test('a quote that occurs twice: moved offsets, the context chooses the right one', () => {
  const { quote, position } = where(second, second + 'Mao believed that the alliance'.length);
  const edited = `An added sentence at the start. ${TEXT}`;
  const a = anchor(edited, quote, position);
  assert.equal(a?.how, 'quote');
  assert.equal(a?.start, second + 'An added sentence at the start. '.length);
  // Without offsets at all, the context alone still chooses the second.
  assert.equal(anchor(edited, quote)?.start, a?.start);
  // The first occurrence, likewise.
  const first = where(0, 30);
  assert.equal(anchor(edited, first.quote, first.position)?.start, 'An added sentence at the start. '.length);
});

test('a passage changed a little anchors to the changed words; one rewritten does not anchor', () => {
  const start = TEXT.indexOf('Moscow');
  const { quote, position } = where(start, start + 'Moscow, he thought, would help.'.length);
  const changed = TEXT.replace('Moscow, he thought, would help.', 'Moscow, he hoped, would help.');
  const a = anchor(changed, quote, position);
  assert.equal(a?.how, 'fuzzy');
  assert.equal(slice(changed, a), 'Moscow, he hoped, would help.');
  const rewritten = TEXT.replace('Moscow, he thought, would help.', 'Soviet aid was never certain.');
  assert.equal(anchor(rewritten, quote, position), null);
});

test('an empty quote anchors nowhere', () => {
  assert.equal(anchor(TEXT, { type: 'TextQuoteSelector', exact: '' }), null);
});
