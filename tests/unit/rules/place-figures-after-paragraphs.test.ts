import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placeFiguresAfterParagraphs } from '../../../scripts/importer/rules/place-figures-after-paragraphs.ts';
import { rejoinSplitParagraphs } from '../../../scripts/importer/rules/rejoin-split-paragraphs.ts';
import { applySplices } from '../../../scripts/importer/splice.ts';
import { doc } from '../helpers.ts';

const caption = '*Mao Zedong in Moscow, 1949. Xinhua News Agency.*';

test('a caption between the two halves of a paragraph moves to the end of the second half', () => {
  const text = `### Section\n\nMao spoke at the\n\n${caption}\n\nrally in Moscow.\n\nStalin replied.\n`;
  const splices = placeFiguresAfterParagraphs.apply(doc(text));
  const firstEnd = text.indexOf('the\n') + 3;
  assert.deepEqual(splices, [
    {
      rule: 'place-figures-after-paragraphs',
      offset: firstEnd,
      // The gap before the caption travels with it, keeping it a block of its own.
      before: `\n\n${caption}`,
      after: '',
      moveTo: text.indexOf('Moscow.') + 'Moscow.'.length,
    },
  ]);
});

test('applied with the other rules, the paragraph comes first and the figure after it', () => {
  const text = `### Section\n\nMao spoke at the\n\n${caption}\n\nrally in Moscow.\n\nStalin replied.\n`;
  const splices = [...placeFiguresAfterParagraphs.apply(doc(text)), ...rejoinSplitParagraphs.apply(doc(text))];
  assert.equal(splices.length, 2);
  assert.equal(applySplices(text, splices), `### Section\n\nMao spoke at the rally in Moscow.\n\n${caption}\n\nStalin replied.\n`);
});

test('a paragraph broken twice sends the figure to the end of its last part', () => {
  const text = `### Section\n\nMao spoke at the\n\n${caption}\n\nrally in Moscow and\n\nthen left.\n`;
  const splices = placeFiguresAfterParagraphs.apply(doc(text));
  assert.equal(splices.length, 1);
  assert.equal(splices[0].moveTo, text.length - 1);
});

test('a caption between finished paragraphs stays where it is', () => {
  assert.deepEqual(placeFiguresAfterParagraphs.apply(doc(`### Section\n\nMao spoke.\n\n${caption}\n\nStalin replied.\n`)), []);
});
