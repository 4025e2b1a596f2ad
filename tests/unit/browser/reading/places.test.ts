import assert from 'node:assert/strict';
import { test } from 'node:test';
import { latestPlace, type OutlineChapter, parsePlaces, placeName, serializePlaces, withPlace } from '../../../../src/browser/reading/places.ts';

const outline: OutlineChapter[] = [
  { number: 2, title: null, sections: [{ title: null, first: 1, count: 3 }] },
  {
    number: 3,
    title: 'Mao’s Continuous Revolution',
    sections: [
      { title: null, first: 1, count: 2 },
      { title: 'The Alliance’s Golden Years', first: 35, count: 9 },
    ],
  },
];

test('stored places are read back, one per chapter, the latest winning; junk is dropped without throwing', () => {
  for (const raw of [null, '', 'nope', '{}', '5', '[1,"a",null]']) assert.equal(parsePlaces(raw).size, 0, String(raw));
  const places = parsePlaces(
    JSON.stringify([
      { paragraph: 'p3-40', at: 10 },
      { paragraph: 'p3-36', at: 20 },
      { paragraph: 'p2-2', at: 5 },
      { paragraph: 'note-3', at: 30 },
      { paragraph: 'p3-41', at: 'yesterday' },
      { paragraph: 'p4-2', at: 'yesterday' },
      { paragraph: 'p4-3' },
    ]),
  );
  assert.deepEqual([...places], [
    [3, { paragraph: 'p3-36', at: 20 }],
    [2, { paragraph: 'p2-2', at: 5 }],
  ]);
  assert.deepEqual(latestPlace(places), { paragraph: 'p3-36', at: 20 });
  assert.equal(latestPlace(new Map()), null);
});

test('a new place replaces its chapter’s and round-trips', () => {
  const places = withPlace(parsePlaces('[{"paragraph":"p3-1","at":1}]'), 'p3-40', 2);
  assert.deepEqual(parsePlaces(serializePlaces(places)), places);
  assert.equal(withPlace(places, 'breakdown', 3), places, 'not a paragraph id: unchanged');
});

test('a place is named by its chapter and section, or the chapter’s title in its opening', () => {
  assert.equal(placeName(outline, 'p3-40'), 'Chapter 3, The Alliance’s Golden Years');
  assert.equal(placeName(outline, 'p3-2'), 'Chapter 3, Mao’s Continuous Revolution');
  assert.equal(placeName(outline, 'p2-3'), 'Chapter 2');
  assert.equal(placeName(outline, 'p3-44'), null, 'beyond the last section');
  assert.equal(placeName(outline, 'p5-1'), null);
});
