import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasRun, passagesOf, phraseStarts, snippet, type Snippet, textSnippet } from '../../../../src/browser/search/passages.ts';

/** A snippet as one line: marks in [brackets], an ellipsis where it is cut. */
const line = (s: Snippet) => `${s.cutBefore ? '… ' : ''}${s.parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('')}${s.cutAfter ? ' …' : ''}`;

test('phraseStarts and hasRun find consecutive match positions', () => {
  assert.deepEqual(phraseStarts([4, 9, 10, 20, 21], 2), [9, 20]);
  assert.ok(hasRun([4, 9, 10], 2));
  assert.ok(!hasRun([4, 9, 11], 2));
  assert.ok(hasRun([3], 1));
  assert.ok(!hasRun([], 1));
});

const words = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `w${from + i}`);

test('snippet: a passage that fits is shown whole, without ellipses', () => {
  const w = ['Mao', 'summoned', 'Yudin.'];
  assert.equal(line(snippet(w, ' ', 0, 3, 2, new Set([2]))), 'Mao summoned [Yudin].');
});

test('snippet: cut where the passage goes on, with an ellipsis at each cut', () => {
  const w = words(100);
  const s = snippet(w, ' ', 0, 100, 50, new Set([50]), 10);
  assert.equal(line(s), '… w47 w48 w49 [w50] w51 w52 w53 w54 w55 w56 …');
});

test('snippet: starts at a sentence a few words back rather than mid-sentence', () => {
  const w = ['The', 'day', 'before.', 'The', 'next', 'day', 'Mao', 'summoned', 'Yudin', 'to', 'his', 'quarters', 'for', 'a', 'lengthy', 'talk.'];
  assert.equal(line(snippet(w, ' ', 0, w.length, 8, new Set([8]), 8)), '… The next day Mao summoned [Yudin] to his …');
});

test('snippet: stays inside its passage [from, to)', () => {
  const w = words(30);
  const s = snippet(w, ' ', 10, 20, 19, new Set([19]), 6);
  assert.equal(line(s), '… w14 w15 w16 w17 w18 [w19]');
});

test('snippet: Chinese words join without spaces', () => {
  assert.equal(line(snippet(['派', '志願軍', '到', '朝鮮'], '', 0, 4, 1, new Set([1]))), '派[志願軍]到朝鮮');
});

const fragment = (content: string, locations: number[], anchors: { id: string; location: number }[], url = '/chapter-3/#breakdown') => ({ url, content, locations, anchors });

test('passagesOf: matches are grouped by the paragraph marker before them, each passage addressed by its paragraph', () => {
  // "Breakdown" is the heading (before any marker); p3-2 has two words, p3-3 three.
  const f = fragment('Breakdown Yudin left. Yudin came back home.', [1, 3], [
    { id: 'p3-2', location: 1 },
    { id: 'p3-3', location: 3 },
  ]);
  const ps = passagesOf(f, ['Yudin']);
  assert.deepEqual(
    ps.map((p) => [p.url, p.paragraph, p.inParagraph, line(p.snippet)]),
    [
      ['/chapter-3/#p3-2', 'p3-2', true, '[Yudin] left.'],
      ['/chapter-3/#p3-3', 'p3-3', true, '[Yudin] came back home.'],
    ],
  );
});

test('passagesOf: a match before the first marker (a heading) lands on the record, named by the paragraph after it', () => {
  const ps = passagesOf(fragment('Breakdown of the alliance. It broke.', [0], [{ id: 'p3-110', location: 4 }]), ['breakdown']);
  assert.deepEqual(
    ps.map((p) => [p.url, p.paragraph, p.inParagraph, line(p.snippet)]),
    [['/chapter-3/#breakdown', 'p3-110', false, '[Breakdown] of the alliance.']],
  );
});

test('passagesOf: for a phrase only its runs are marked; a passage with the words apart is no phrase', () => {
  const f = fragment('Mao Zedong met Mao. Later Mao and Zedong', [0, 1, 3, 5, 7], [
    { id: 'p3-1', location: 0 },
    { id: 'p3-2', location: 4 },
  ]);
  const ps = passagesOf(f, ['Mao', 'Zedong']);
  assert.deepEqual(
    ps.map((p) => [p.paragraph, p.phrase, line(p.snippet)]),
    [
      ['p3-1', true, '[Mao Zedong] met Mao.'],
      ['p3-2', false, 'Later [Mao] and [Zedong]'],
    ],
  );
});

test('passagesOf: two matches side by side are a phrase only when they are the query’s words in order ("Mao. Mao’s" is not "Mao Zedong")', () => {
  const ps = passagesOf(fragment('Stalin put off Mao. Mao’s wish and Zedong', [3, 4, 7], [{ id: 'p3-11', location: 0 }]), ['Mao', 'Zedong']);
  assert.deepEqual(ps.map((p) => [p.phrase, line(p.snippet)]), [[false, 'Stalin put off [Mao]. [Mao’s] wish and [Zedong]']]);
});

test('passagesOf: a phrase snippet shows the phrase even far into a long paragraph', () => {
  const content = [...words(80), 'Mao', 'Zedong', ...words(40, 80)].join(' ');
  const [p] = passagesOf(fragment(content, [3, 80, 81], [{ id: 'p3-9', location: 0 }]), ['Mao', 'Zedong']);
  assert.match(line(p.snippet), /\[Mao Zedong\]/);
  assert.ok(p.snippet.cutBefore && p.snippet.cutAfter);
});

test('snippet: a mark leaves out the punctuation around the word, and the space after an unmarked word', () => {
  const w = ['complained,', '“Mao', 'Zedong', 'sternly'];
  assert.equal(line(snippet(w, ' ', 0, 4, 1, new Set([1, 2]))), 'complained, “[Mao Zedong] sternly');
});

test('textSnippet: Chinese text, where Pagefind’s word positions do not apply, is searched for the term itself', () => {
  const text = '非但波夫同志。十一月一日電收到。我們決定用志願軍名稱派一部分軍隊到朝鮮境內和美國及其走狗李承晚的軍隊作戰，援助朝鮮同志。';
  const s = textSnippet(text, '朝鮮', 20);
  assert.equal(line(s), '… 一部分軍隊到[朝鮮]境內和美國及其走狗李承晚 …');
  assert.ok(passagesOf({ url: '/documents/t/', content: text, locations: [40] }, ['朝鮮'])[0].snippet.parts.some((p) => p.mark && p.text === '朝鮮'));
});

test('passagesOf: a phrase whose first word is part of a compound (anti-Jiang Jieshi) is still the phrase', () => {
  const [p] = passagesOf(fragment('an anti-Jiang Jieshi campaign', [1, 2], [{ id: 'p3-78', location: 0 }]), ['Jiang', 'Jieshi']);
  assert.equal(p.phrase, true);
});
