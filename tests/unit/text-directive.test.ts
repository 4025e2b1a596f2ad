import assert from 'node:assert/strict';
import { test } from 'node:test';
import { encodeTextPart, mentionDirective, PageText, widenToWords } from '../../src/lib/text-directive.ts';

const at = (text: string, word: string, from = 0) => {
  const i = text.indexOf(word, from);
  return [i, i + word.length] as const;
};

test('widenToWords: a possessive belongs to the word ("Mao’s"), a hyphen does not ("Mao-style")', () => {
  const t = 'Mao’s army, Mao-style, U.S. aid';
  assert.deepEqual(widenToWords(t, 0, 3), { start: 0, end: 5 });
  assert.deepEqual(widenToWords(t, 12, 15), { start: 12, end: 15 });
  assert.deepEqual(widenToWords(t, 23, 27), { start: 23, end: 27 });
});

test('PageText.count: whole words, case ignored, parts with white space or nothing between', () => {
  const page = new PageText(['Gao Gang and Gao Gang’s fall.', 'GAO GANG left; gao ganged']);
  assert.equal(page.count('', 'Gao Gang', ''), 3, 'not inside "Gao Ganged"; but "Gao Gang’s" contains it (the count errs high)');
  assert.equal(page.count('', 'Gao Gang', 'and'), 1);
  assert.equal(page.count('', 'Gao Gang', 'left;'), 1);
  assert.equal(page.count('and', 'Gao Gang’s', ''), 1);
  // A match never runs from one block into the next.
  assert.equal(page.count('fall.', 'GAO', ''), 0);
});

test('mentionDirective: the shortest context that makes the mention the only match, a suffix first', () => {
  const text = 'Mao met Stalin. Later Mao met Khrushchev, and Mao left.';
  const page = new PageText([text]);
  const [s, e] = at(text, 'Mao', 20);
  // "Mao met" occurs twice: one word before it is enough.
  assert.equal(mentionDirective(text, s, e, { page }), 'Later-,Mao');
  const [s2, e2] = at(text, 'Mao', 40);
  assert.equal(mentionDirective(text, s2, e2, { page }), 'Mao,-left.');
});

test('mentionDirective: at least one word of context where there is any (titles name people too)', () => {
  const text = 'Then Zhou Enlai spoke.';
  assert.equal(mentionDirective(text, ...at(text, 'Zhou Enlai'), { page: new PageText([text]) }), 'Zhou%20Enlai,-spoke.');
});

test('mentionDirective: no context across a break (a note marker, a spelt-out abbreviation)', () => {
  // On the page: "…the treaty.13 However, Stalin said no; later Stalin agreed." The marker sits after "treaty.".
  const text = 'the treaty. Stalin said no; later Stalin agreed.';
  const page = new PageText([text]);
  const marker = text.indexOf(' Stalin');
  assert.equal(mentionDirective(text, ...at(text, 'Stalin'), { page, breaks: [marker] }), 'Stalin,-said');
  // A break right after the name: only a prefix can tell it apart.
  const cut = text.indexOf(' said');
  assert.equal(mentionDirective(text, ...at(text, 'Stalin'), { page, breaks: [marker, cut] }), null);
  // A marker at the very end: the last word touches it.
  const end = 'Then Stalin left. Later Stalin came.';
  assert.equal(mentionDirective(end, ...at(end, 'Stalin', 20), { page: new PageText([end]), breaks: [end.length] }), 'Later-,Stalin');
  assert.equal(mentionDirective(end, ...at(end, 'Stalin', 20), { page: new PageText([end]) }), 'Stalin,-came.');
  // "CCP [Chinese Communist Party] leaders": no suffix after the abbreviation.
  const ccp = 'the CCP leaders and the CCP cadres';
  const after = ccp.indexOf('CCP') + 3;
  assert.equal(mentionDirective(ccp, ...at(ccp, 'CCP'), { page: new PageText([ccp]), breaks: [after] }), null, '"the CCP" occurs twice');
  assert.equal(mentionDirective(ccp, ...at(ccp, 'CCP', 10), { page: new PageText([ccp]), breaks: [after] }), 'CCP,-cadres');
});

test('mentionDirective: a word touching the name joins the context ("Shaoqi—who"); no context across a no-break space', () => {
  const text = 'including Liu Shaoqi—who himself; Liu Shaoqi . . . said';
  const page = new PageText([text]);
  assert.equal(mentionDirective(text, ...at(text, 'Liu Shaoqi'), { page }), 'Liu%20Shaoqi,-%E2%80%94who');
  const nb = 'Liu Shaoqi .\u00a0.\u00a0. said; Liu Shaoqi spoke';
  assert.equal(mentionDirective(nb, ...at(nb, 'Liu Shaoqi'), { page: new PageText([nb]) }), null);
});

test('encodeTextPart: the directive’s own syntax characters are escaped', () => {
  assert.equal(encodeTextPart('anti-Soviet, & more'), 'anti%2DSoviet%2C%20%26%20more');
});
