import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chicagoNote } from '../../../../src/browser/cite/citation.ts';

const book = { author: 'Chen Jian', title: 'Mao’s China and the Cold War', place: 'Chapel Hill', publisher: 'University of North Carolina Press', year: 2001 };

test('a paragraph: chapter, section in quotation marks, paragraph, URL', () => {
  const c = chicagoNote(book, { chapter: 3, section: 'Accumulated Tension', paragraph: 52, url: 'https://example.org/chapter-3/#p3-52' });
  assert.equal(c.text, 'Chen Jian, Mao’s China and the Cold War (Chapel Hill: University of North Carolina Press, 2001), chap. 3, “Accumulated Tension,” para. 52, https://example.org/chapter-3/#p3-52.');
  assert.match(c.html, /<i>Mao’s China and the Cold War<\/i>/);
});

test('a section, and a paragraph of an untitled opening', () => {
  assert.equal(
    chicagoNote(book, { chapter: 3, section: 'Breakdown', paragraph: null, url: 'https://example.org/chapter-3/#breakdown' }).text,
    'Chen Jian, Mao’s China and the Cold War (Chapel Hill: University of North Carolina Press, 2001), chap. 3, “Breakdown,” https://example.org/chapter-3/#breakdown.',
  );
  assert.equal(
    chicagoNote(book, { chapter: 2, section: null, paragraph: 1, url: 'https://example.org/chapter-2/#p2-1' }).text,
    'Chen Jian, Mao’s China and the Cold War (Chapel Hill: University of North Carolina Press, 2001), chap. 2, para. 1, https://example.org/chapter-2/#p2-1.',
  );
});

test('HTML is escaped', () => {
  assert.doesNotMatch(chicagoNote({ ...book, title: 'A <b> & C' }, { chapter: 1, section: null, paragraph: null, url: 'u' }).html, /<b>|& C/);
});

test('a quoted selection: the words after the locator, their own quotation marks made single', () => {
  const url = 'https://example.org/chapter-3/#p3-3:~:text=lean';
  assert.equal(
    chicagoNote(book, { chapter: 3, section: 'The “Lean-to-One-Side” Approach', paragraph: 3, url, quote: 'his famous “lean-to-one-side” statement.' }).text,
    `Chen Jian, Mao’s China and the Cold War (Chapel Hill: University of North Carolina Press, 2001), chap. 3, “The ‘Lean-to-One-Side’ Approach,” para. 3: “his famous ‘lean-to-one-side’ statement,” ${url}.`,
  );
  assert.equal(
    chicagoNote(book, { chapter: 3, section: 'Breakdown', paragraph: null, url, quote: 'Breakdown' }).text,
    `Chen Jian, Mao’s China and the Cold War (Chapel Hill: University of North Carolina Press, 2001), chap. 3, “Breakdown”: “Breakdown,” ${url}.`,
  );
});
