/**
 * Anchoring on the chapters' real reading text (built by the browser's
 * definition, tests/support/annotation-text.ts): offsets, a quote that occurs
 * more than once, a passage changed a little and one rewritten. Run after `npm run build`.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { anchor } from '../../src/browser/annotate/anchor.ts';
import { textDirective } from '../../src/browser/annotate/fragment.ts';
import { describe } from '../../src/browser/annotate/selectors.ts';
import { chapterReadingText } from '../support/annotation-text.ts';

const rt = chapterReadingText('dist/chapter-3/index.html');
const text = rt.text;
const occurrences = (q: string) => {
  const at: number[] = [];
  for (let i = text.indexOf(q); i !== -1; i = text.indexOf(q, i + 1)) at.push(i);
  return at;
};

test('the reading text is the author’s words only: no note numbers, ¶ links, spelt-out abbreviations or editorial notes', () => {
  assert.match(text, /^Chapter 3 Mao’s Continuous Revolution and the Rise and Demise of the Sino-Soviet Alliance, 1949–1963 Fluttering high/);
  assert.ok(!text.includes('¶'));
  assert.ok(!text.includes('[Chinese Communist Party]'));
  assert.ok(!text.includes('Superscript numbers mark'));
  assert.ok(text.includes('a bloody border war in 1969. In the 1960s and 1970s'), 'note 1’s marker leaves no trace');
  assert.ok(!/\s\s/.test(text), 'white space is collapsed');
});

test('a quote that occurs twice or more anchors to the right one, by offsets, then by its context', () => {
  const q = 'the Sino-Soviet alliance';
  const all = occurrences(q);
  assert.ok(all.length >= 2, `“${q}” occurs ${all.length} times`);
  for (const at of [all[1], all.at(-1)!]) {
    const { quote, position } = describe(text, at, at + q.length);
    assert.deepEqual(anchor(text, quote, position), { start: at, end: at + q.length, how: 'position' });
    // Words added before it shift every offset: the quote and its context find it again.
    const added = 'An editor’s added sentence. ';
    const edited = added + text;
    assert.deepEqual(anchor(edited, quote, position), { start: at + added.length, end: at + added.length + q.length, how: 'quote' });
  }
});

test('a passage changed a little re-anchors; one rewritten is no longer found', () => {
  const sentence = 'Why did Mao choose these extraordinary terms?';
  const at = text.indexOf(sentence);
  assert.ok(at > 0);
  const { quote, position } = describe(text, at, at + sentence.length);
  const changed = text.replace(sentence, 'Why did Mao choose such extraordinary terms?');
  const a = anchor(changed, quote, position);
  assert.equal(a?.how, 'fuzzy');
  assert.equal(changed.slice(a!.start, a!.end), 'Why did Mao choose such extraordinary terms?');
  const rewritten = text.replace(sentence, 'The reasons for the statement are plain enough.');
  assert.equal(anchor(rewritten, quote, position), null);
});

test('a text fragment for words across note 1’s marker starts and ends within runs', () => {
  const s = text.indexOf('a bloody border war');
  const e = text.indexOf('1970s, the complete break') + '1970s'.length;
  assert.equal(textDirective(rt, s, e), 'it%20led%20to-,a%20bloody%20border%20war,the%201960s%20and%201970s,-%2C%20the%20complete');
});
