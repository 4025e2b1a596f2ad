import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fold, MAX_QUERY_LENGTH, prepareQuery, queryWords } from '../../../../src/browser/search/query.ts';

test('an empty or blank query is empty', () => {
  assert.deepEqual(prepareQuery(''), { kind: 'empty' });
  assert.deepEqual(prepareQuery('   \n\t'), { kind: 'empty' });
});

test('punctuation alone has no words to search for', () => {
  assert.deepEqual(prepareQuery('?!… --- "\''), { kind: 'no-words', shown: '?!… --- "\'' });
});

test('a very long query is cut and says so', () => {
  const q = prepareQuery('Yudin '.repeat(2000));
  assert.equal(q.kind, 'search');
  if (q.kind !== 'search') return;
  assert.ok(q.truncated);
  assert.ok(q.text.length <= MAX_QUERY_LENGTH);
  assert.ok(q.shown.endsWith('…'));
});

test('markup in a query is just text', () => {
  const q = prepareQuery('<img src=x onerror=alert(1)>');
  assert.equal(q.kind, 'search');
  if (q.kind === 'search') assert.equal(q.text, '<img src=x onerror=alert(1)>');
});

test('Chinese is recognised', () => {
  const q = prepareQuery(' 志願軍 ');
  assert.ok(q.kind === 'search' && q.chinese && q.text === '志願軍');
});

test('fold drops diacritics, case, Wade–Giles apostrophes and hyphens', () => {
  assert.equal(fold('Lüshun'), 'lushun');
  assert.equal(fold("P'eng Te-huai"), 'peng te huai');
  assert.equal(fold('Chou En-lai'), fold('chou en lai'));
});

test('query words', () => {
  assert.deepEqual(queryWords('Gao Gang'), ['Gao', 'Gang']);
  assert.deepEqual(queryWords('  Mao’s  China '), ['Mao’s', 'China']);
});
