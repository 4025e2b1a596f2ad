import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  countWords,
  decodeParagraphWords,
  describeRemaining,
  encodeParagraphWords,
  minutesFor,
  progressAt,
  WORDS_PER_MINUTE,
} from '../../../src/edition/reading-time.ts';

test('words are whitespace-separated tokens with a letter or digit', () => {
  assert.equal(countWords('Mao’s lean-to-one-side decision — in 1949 — was made.'), 7);
  assert.equal(countWords('  \n '), 0);
  assert.equal(countWords('U.S. [United States] policy'), 4);
});

test('minutes: at least one for any text, whole minutes up to ten, then to the nearest five', () => {
  assert.equal(WORDS_PER_MINUTE, 200);
  assert.equal(minutesFor(0), 0);
  assert.equal(minutesFor(1), 1);
  assert.equal(minutesFor(900), 5);
  assert.equal(minutesFor(13_947), 70);
  assert.equal(minutesFor(2_600), 15);
});

test('what is left, in words and minutes', () => {
  assert.equal(describeRemaining(13_947), '13,947 words left, about 70 minutes');
  assert.equal(describeRemaining(150), '150 words left, about 1 minute');
  assert.equal(describeRemaining(1), '1 word left, about 1 minute');
  assert.equal(describeRemaining(0), 'Nothing left to read');
});

test('paragraph word counts travel as "id:count" and give words before each paragraph', () => {
  const encoded = encodeParagraphWords([
    { id: 'p3-1', words: 100 },
    { id: 'p3-2', words: 50 },
    { id: 'p3-3', words: 50 },
  ]);
  assert.equal(encoded, 'p3-1:100 p3-2:50 p3-3:50');
  const words = decodeParagraphWords(encoded);
  assert.equal(words.total, 200);
  assert.deepEqual([...words.before], [['p3-1', 0], ['p3-2', 100], ['p3-3', 150]]);
  assert.deepEqual(progressAt(words, 'p3-1'), { percent: 0, wordsLeft: 200 });
  assert.deepEqual(progressAt(words, 'p3-3'), { percent: 75, wordsLeft: 50 });
  assert.equal(progressAt(words, 'p3-9'), null);
});

test('malformed entries are skipped, not trusted', () => {
  const words = decodeParagraphWords('p3-1:10 junk note-4:5 p3-2:-1 p3-3:x p3-4:7');
  assert.deepEqual([...words.before.keys()], ['p3-1', 'p3-4']);
  assert.equal(words.total, 17);
  assert.equal(decodeParagraphWords('').total, 0);
});
