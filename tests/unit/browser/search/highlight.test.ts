import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchRanges } from '../../../../src/browser/search/highlight.ts';

const marked = (text: string, terms: string[]) => matchRanges(text, terms).map(([a, b]) => text.slice(a, b));

test('marks words that begin with a term, ignoring case and diacritics', () => {
  assert.deepEqual(marked('bases in Lüshun (Port Arthur), Yudin’s report, Ambassador Yudin.', ['lushun', 'Yudin']), ['Lüshun', 'Yudin’s', 'Yudin']);
});

test('does not mark inside another word', () => {
  assert.deepEqual(marked('Maoist rhetoric and Mao', ['Mao']), ['Maoist', 'Mao']);
  assert.deepEqual(marked('Gaoxiong', ['ao']), []);
});

test('Chinese terms match anywhere', () => {
  assert.deepEqual(marked('派一部分軍隊到朝鮮境內', ['朝鮮']), ['朝鮮']);
});
