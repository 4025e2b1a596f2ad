import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fragmentId, highlightTerms, matchRanges, phrasePattern } from '../../../../src/browser/search/highlight.ts';

const marked = (text: string, words: string[]) => matchRanges(text, phrasePattern(words)).map(([a, b]) => text.slice(a, b));

test('marks whole words, ignoring case and diacritics, with their possessives', () => {
  assert.deepEqual(marked('bases in Lüshun, Yudin’s report, Ambassador Yudin, Yudin\'s.', ['Yudin']), ['Yudin’s', 'Yudin', "Yudin's"]);
  assert.deepEqual(marked('bases in Lüshun (Port Arthur)', ['lushun']), ['Lüshun']);
});

test('does not mark a word that only begins with the term', () => {
  assert.deepEqual(marked('Maoist rhetoric, the maojin, and Mao', ['Mao']), ['Mao']);
  assert.deepEqual(marked('a portion of Port Arthur', ['Port', 'Arthur']), ['Port Arthur']);
  assert.deepEqual(marked('Gaoxiong', ['ao']), []);
});

test('a name of several words is marked as the name, across a line break, not each word', () => {
  assert.deepEqual(marked('Mao met Zedong; Mao Zedong’s view; Mao\nZedong', ['Mao', 'Zedong']), ['Mao Zedong’s', 'Mao\nZedong']);
});

test('Chinese terms match anywhere', () => {
  assert.deepEqual(marked('派一部分軍隊到朝鮮境內', ['朝鮮']), ['朝鮮']);
});

test('the words come from ?highlight=, at most eight; none when it is missing', () => {
  assert.deepEqual(highlightTerms('?highlight=Gao%20Gang'), ['Gao', 'Gang']);
  assert.deepEqual(highlightTerms('?highlight=' + 'a%20'.repeat(20)).length, 8);
  assert.deepEqual(highlightTerms(''), []);
  // URLSearchParams decodes a malformed escape as U+FFFD rather than throwing.
  assert.equal(highlightTerms('?highlight=%E0%A4%A').length, 1);
});

test('a malformed fragment does not throw: it is taken as written', () => {
  assert.equal(fragmentId('#%E0%A4%A'), '%E0%A4%A');
  assert.equal(fragmentId('#p3-74'), 'p3-74');
  assert.equal(fragmentId('#caf%C3%A9'), 'café');
  assert.equal(fragmentId(''), '');
});
