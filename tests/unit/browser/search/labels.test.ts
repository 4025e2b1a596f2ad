import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelFor, labelText, type SearchOutline } from '../../../../src/browser/search/labels.ts';

const outline: SearchOutline = {
  chapters: [
    [2, [[1, null]]],
    [
      3,
      [
        [1, null],
        [64, 'From Tension to Crisis'],
        [90, 'Further Deepening of the Crisis'],
      ],
    ],
  ],
  documents: [['telegram-1950-10-02', 'The first and last pages of the handwritten draft of Mao Zedong’s telegram to Stalin, 2 October 1950.']],
};

const text = (...args: Parameters<typeof labelFor>) => labelText(labelFor(...args));

test('a paragraph is labelled with its chapter, section and number (as the index of names gives it)', () => {
  assert.equal(text('/chapter-3/#p3-74', 'p3-74', true, outline), 'Chapter 3 · From Tension to Crisis · ¶74');
  assert.equal(text('/chapter-3/#p3-90', 'p3-90', true, outline), 'Chapter 3 · Further Deepening of the Crisis · ¶90');
  assert.equal(text('/chapter-3/#p3-12', 'p3-12', true, outline), 'Chapter 3 · ¶12');
});

test('a heading is labelled with its section, without a paragraph number; a chapter opening with its chapter', () => {
  assert.equal(text('/chapter-3/#from-tension-to-crisis', 'p3-64', false, outline), 'Chapter 3 · From Tension to Crisis');
  assert.equal(text('/chapter-3/', 'p3-1', false, outline), 'Chapter 3');
});

test('a document is labelled as the document, the title page and the index of names as themselves', () => {
  assert.equal(text('/documents/telegram-1950-10-02/', null, false, outline), 'Document · The first and last pages of the handwritten draft of Mao Zedong’s telegram to Stalin, 2 October 1950');
  assert.equal(text('/', null, false, outline), 'Title page');
  assert.equal(text('/names/#name-yudin', null, false, outline, '/', 'Yudin, Pavel'), 'Index of names · Yudin, Pavel');
  assert.equal(text('/names/y/#name-yudin', null, false, outline, '/', 'Yudin, Pavel'), 'Index of names · Yudin, Pavel');
});

test('under a base path', () => {
  assert.equal(text('/mao-china/chapter-3/#p3-74', 'p3-74', true, outline, '/mao-china/'), 'Chapter 3 · From Tension to Crisis · ¶74');
  assert.equal(text('/mao-china/documents/telegram-1950-10-02/', null, false, outline, '/mao-china/').slice(0, 10), 'Document ·');
});
