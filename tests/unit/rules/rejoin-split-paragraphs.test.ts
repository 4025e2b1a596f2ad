import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applySplices } from '../../../scripts/importer/splice.ts';
import { rejoinSplitParagraphs } from '../../../scripts/importer/rules/rejoin-split-paragraphs.ts';
import { doc } from '../helpers.ts';

// Each input opens with a section heading so that its first block is not taken for the title page.
const rejoin = (text: string) => rejoinSplitParagraphs.apply(doc(text));

test('a paragraph ending without punctuation is joined to the next with one space', () => {
  const text = '### Section\n\nThe talks were held in\n\nMoscow in early 1950.\n';
  const splices = rejoin(text);
  assert.deepEqual(splices, [{ rule: 'rejoin-split-paragraphs', offset: text.indexOf(' in\n') + 3, before: '\n\n', after: ' ' }]);
  assert.equal(applySplices(text, splices), '### Section\n\nThe talks were held in Moscow in early 1950.\n');
});

test('a finished sentence followed by a capitalised paragraph is not joined', () => {
  assert.deepEqual(rejoin('### Section\n\nThe talks ended in February.\n\nMoscow then signed the treaty.\n'), []);
});

test('a paragraph that starts in lower case continues the one before it', () => {
  const text = '### Section\n\nThe talks ended in February.<sup>3</sup>\n\nbut the quarrel went on.\n';
  const splices = rejoin(text);
  assert.equal(splices.length, 1);
  assert.equal(splices[0].offset, text.indexOf('</sup>') + '</sup>'.length);
  assert.equal(applySplices(text, splices), '### Section\n\nThe talks ended in February.<sup>3</sup> but the quarrel went on.\n');
});

test('across a photo caption, the gap after the figure is the one spliced', () => {
  const caption = '*Mao Zedong in Moscow, 1949. Xinhua News Agency.*';
  const text = `### Section\n\nMao spoke at the\n\n${caption}\n\nrally in Moscow.\n`;
  const captionEnd = text.indexOf(caption) + caption.length;
  // The gap before the caption is left to place-figures-after-paragraphs, which moves it.
  assert.deepEqual(rejoin(text), [{ rule: 'rejoin-split-paragraphs', offset: captionEnd, before: '\n\n', after: ' ' }]);
});

test('a hyphenated first half is joined with no space (the hyphen rule decides the hyphen)', () => {
  const text = '### Section\n\nThe policy was not un-\n\nderstood in Moscow.\n';
  assert.deepEqual(rejoin(text), [{ rule: 'rejoin-split-paragraphs', offset: text.indexOf('un-') + 3, before: '\n\n', after: '' }]);
});
