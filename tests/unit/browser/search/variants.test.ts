import assert from 'node:assert/strict';
import { test } from 'node:test';
import { groupTable, resolveVariants, ungroupTable, variantTable } from '../../../../src/browser/search/variants.ts';

const table = variantTable([
  { name: 'Mao Zedong', variants: ['Mao Tse-tung'] },
  { name: 'Jinmen', variants: ['Quemoy'] },
  { name: 'Guomindang', variants: ['Kuomintang', 'KMT'] },
  { name: 'Peng Dehuai', variants: ["P'eng Te-huai"] },
]);

test('a whole-query variant becomes the text’s spelling, and names what it refers to', () => {
  assert.deepEqual(resolveVariants('Mao Tse-tung', table), { query: 'Mao Zedong', matches: [{ typed: 'Mao Tse-tung', text: 'Mao Zedong', name: 'Mao Zedong' }] });
  assert.equal(resolveVariants('mao tse tung', table).query, 'Mao Zedong');
  assert.equal(resolveVariants('Peng Te-huai', table).query, 'Peng Dehuai');
  assert.equal(resolveVariants('kmt', table).query, 'Guomindang');
});

test('a variant inside a longer query is replaced, the other words kept', () => {
  const r = resolveVariants('shelling of Quemoy', table);
  assert.equal(r.query, 'shelling of Jinmen');
  assert.deepEqual(r.matches, [{ typed: 'quemoy', text: 'Jinmen', name: 'Jinmen' }]);
});

test('a query in the text’s own spelling is left alone', () => {
  assert.deepEqual(resolveVariants('Mao Zedong', table), { query: 'Mao Zedong', matches: [] });
  assert.deepEqual(resolveVariants('Yudin', table), { query: 'Yudin', matches: [] });
});

test('a one-word variant maps to the text’s one-word form; a multi-word variant to the name', () => {
  const t = variantTable([{ name: 'Rodion Malinovskii', mentions: ['Rodion Malinovskii', 'Malinovskii'], variants: ['Malinovsky', 'Rodion Malinovsky'] }]);
  assert.deepEqual([...t], [
    ['malinovsky', { form: 'Malinovskii', name: 'Rodion Malinovskii' }],
    ['rodion malinovsky', { form: 'Rodion Malinovskii', name: 'Rodion Malinovskii' }],
  ]);
  assert.equal(resolveVariants('Malinovsky', t).query, 'Malinovskii');
  assert.equal(resolveVariants('marshal malinovsky', t).query, 'marshal Malinovskii');
});

test('another name (a cover name) is searched as the text’s form and says whom it names: Filippov', () => {
  const t = variantTable([{ name: 'Joseph Stalin', mentions: ['Joseph Stalin', 'Stalin'], variants: ['Filippov'] }]);
  assert.deepEqual(resolveVariants('Filippov', t).matches, [{ typed: 'Filippov', text: 'Stalin', name: 'Joseph Stalin' }]);
});

test('an abbreviation variant maps to the text’s abbreviation, a word variant to the word', () => {
  const t = variantTable([{ name: 'Guomindang', mentions: ['Guomindang', 'GMD'], variants: ['Kuomintang', 'KMT'] }]);
  assert.equal(t.get('kmt')?.form, 'GMD');
  assert.equal(t.get('kuomintang')?.form, 'Guomindang');
  assert.equal(t.size, 2);
});

test('without a one-word mention of the same kind, a one-word variant maps to the name', () => {
  const t = variantTable([{ name: 'Jinmen', mentions: ['Jinmen'], variants: ['Quemoy', 'QMY'] }, { name: 'Peng Dehuai', mentions: ['Peng Dehuai'], variants: ['Peng'] }]);
  assert.equal(t.get('quemoy')?.form, 'Jinmen');
  assert.equal(t.get('qmy')?.form, 'Jinmen');
  assert.equal(t.get('peng')?.form, 'Peng Dehuai');
});

test('a variant that differs only by diacritics, case or hyphens needs no entry; the table travels grouped', () => {
  const t = variantTable([{ name: 'Lüshun', variants: ['Lushun', 'Port Arthur'] }, { name: 'Kim Il-sung', variants: ['Kim Il Sung'] }]);
  assert.deepEqual([...t], [['port arthur', { form: 'Lüshun', name: 'Lüshun' }]]);
  assert.deepEqual(ungroupTable(groupTable(table)), table);
  const stalin = variantTable([{ name: 'Joseph Stalin', mentions: ['Joseph Stalin', 'Stalin'], variants: ['Filippov', 'Iosif Stalin'] }]);
  assert.deepEqual(groupTable(stalin), [
    ['Joseph Stalin', 'Stalin', 'filippov'],
    ['', 'Joseph Stalin', 'iosif stalin'],
  ]);
  assert.deepEqual(ungroupTable(groupTable(stalin)), stalin);
});
