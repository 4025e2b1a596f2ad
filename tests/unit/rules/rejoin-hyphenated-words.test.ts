import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decideHyphen, rejoinHyphenatedWords } from '../../../scripts/importer/rules/rejoin-hyphenated-words.ts';
import { rejoinSplitParagraphs } from '../../../scripts/importer/rules/rejoin-split-paragraphs.ts';
import { applySplices } from '../../../scripts/importer/splice.ts';
import { doc } from '../helpers.ts';

test('decideHyphen keeps the hyphen before a capitalised word (anti-/Marxist)', () => {
  assert.deepEqual(decideHyphen('anti', 'Marxist', 'an anti-\n\nMarxist line'), { keep: true, reason: 'a true compound: “Marxist” is capitalised' });
});

test('decideHyphen keeps a compound the text writes hyphenated elsewhere', () => {
  const text = 'In the post-takeover months the party, post-\n\ntakeover, changed.';
  assert.deepEqual(decideHyphen('post', 'takeover', text), { keep: true, reason: 'a true compound: the text writes “post-takeover” elsewhere' });
});

test('decideHyphen closes a word the text writes closed elsewhere', () => {
  const text = 'It was not un-\n\nderstood. Everyone understood it later.';
  assert.deepEqual(decideHyphen('un', 'derstood', text), { keep: false, reason: 'the text writes “understood” elsewhere' });
});

test('decideHyphen closes an unattested split by default', () => {
  assert.deepEqual(decideHyphen('illu', 'sions', 'any remaining illu-\n\nsions'), {
    keep: false,
    reason: 'a word divided at the line end; the text gives no sign of a compound',
  });
});

test('decideHyphen does not take a longer word as evidence (post-takeovers is not post-takeover)', () => {
  assert.equal(decideHyphen('post', 'takeover', 'the post-takeovers and post-\n\ntakeover').keep, false);
});

test('apply() keeps the hyphen of a true compound: "-" becomes "-"', () => {
  const text = '### Section\n\nIt was an anti-\n\nMarxist line.\n';
  const splices = rejoinHyphenatedWords.apply(doc(text));
  assert.deepEqual(splices, [
    {
      rule: 'rejoin-hyphenated-words',
      offset: text.indexOf('-\n'),
      before: '-',
      after: '-',
      note: 'anti-/Marxist → anti-Marxist: a true compound: “Marxist” is capitalised',
    },
  ]);
  const all = [...rejoinSplitParagraphs.apply(doc(text)), ...splices];
  assert.equal(applySplices(text, all), '### Section\n\nIt was an anti-Marxist line.\n');
});

test('apply() removes the hyphen of a divided word: "-" becomes ""', () => {
  const text = '### Section\n\nIt was not un-\n\nderstood in Moscow.\n';
  const splices = rejoinHyphenatedWords.apply(doc(text));
  assert.equal(splices.length, 1);
  assert.equal(splices[0].offset, text.indexOf('-\n'));
  assert.equal(splices[0].before, '-');
  assert.equal(splices[0].after, '');
  const all = [...rejoinSplitParagraphs.apply(doc(text)), ...splices];
  assert.equal(applySplices(text, all), '### Section\n\nIt was not understood in Moscow.\n');
});

test('apply() ignores a hyphen inside a paragraph and a finished paragraph', () => {
  assert.deepEqual(rejoinHyphenatedWords.apply(doc('### Section\n\nA Sino-Soviet treaty was signed.\n\nThen anti-American feeling grew.\n')), []);
});
