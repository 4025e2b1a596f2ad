import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveVariants, variantTable } from '../../../src/search/variants.ts';

const table = variantTable([
  { name: 'Mao Zedong', variants: ['Mao Tse-tung'] },
  { name: 'Jinmen', variants: ['Quemoy'] },
  { name: 'Guomindang', variants: ['Kuomintang', 'KMT'] },
  { name: 'Peng Dehuai', variants: ["P'eng Te-huai"] },
]);

test('a whole-query variant becomes the text’s spelling', () => {
  assert.deepEqual(resolveVariants('Mao Tse-tung', table), { query: 'Mao Zedong', matches: [{ typed: 'Mao Tse-tung', text: 'Mao Zedong' }] });
  assert.equal(resolveVariants('mao tse tung', table).query, 'Mao Zedong');
  assert.equal(resolveVariants('Peng Te-huai', table).query, 'Peng Dehuai');
  assert.equal(resolveVariants('kmt', table).query, 'Guomindang');
});

test('a variant inside a longer query is replaced, the other words kept', () => {
  const r = resolveVariants('shelling of Quemoy', table);
  assert.equal(r.query, 'shelling of Jinmen');
  assert.deepEqual(r.matches, [{ typed: 'quemoy', text: 'Jinmen' }]);
});

test('a query in the text’s own spelling is left alone', () => {
  assert.deepEqual(resolveVariants('Mao Zedong', table), { query: 'Mao Zedong', matches: [] });
  assert.deepEqual(resolveVariants('Yudin', table), { query: 'Yudin', matches: [] });
});
