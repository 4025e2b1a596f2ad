import assert from 'node:assert/strict';
import { test } from 'node:test';
import { curlQuotes, typographicQuotes } from '../../../scripts/importer/rules/typographic-quotes.ts';
import { applyRuns, doc } from '../helpers.ts';

const curl = (text: string) => applyRuns(text, curlQuotes(text));

test('double quotes open after a space and close after a word', () => {
  assert.equal(curl('Mao sought to expose the "reactionary" nature'), 'Mao sought to expose the “reactionary” nature');
});

test('a double quote at the start of the text opens', () => {
  assert.equal(curl('"Great War" was its name'), '“Great War” was its name');
});

test('an apostrophe is a closing single quote', () => {
  assert.equal(curl("Mao's"), 'Mao’s');
});

test('a plural possessive before a space closes', () => {
  assert.equal(curl("the Communists' plans"), 'the Communists’ plans');
});

test('single quotes nested inside double quotes', () => {
  assert.equal(curl(`Mao called it "the 'lean-to-one-side' approach."`), 'Mao called it “the ‘lean-to-one-side’ approach.”');
});

test('a single quote straight after an opening double quote opens too', () => {
  assert.equal(curl(`"'Lean to one side' was his phrase," he said`), '“‘Lean to one side’ was his phrase,” he said');
});

test('a quote after an em dash opens', () => {
  assert.equal(curl('—"Song of Sino-Soviet Solidarity"'), '—“Song of Sino-Soviet Solidarity”');
});

test('a quote after a comma closes', () => {
  assert.equal(curl('"No," he said'), '“No,” he said');
});

test('the elided digits of a decade take an apostrophe', () => {
  assert.equal(curl("in the '50s"), 'in the ’50s');
});

test('emphasis markers are looked through', () => {
  assert.equal(curl('the *"maojin"* campaign'), 'the *“maojin”* campaign');
});

test('apply() skips document (Chinese) blocks', () => {
  const paragraph = 'He wrote "no."';
  const text = `### Section\n\n${paragraph}\n\n毛澤東 "同志"\n`;
  const splices = typographicQuotes.apply(doc(text));
  const start = text.indexOf(paragraph);
  assert.deepEqual(splices, [
    { rule: 'typographic-quotes', offset: start + 9, before: '"', after: '“' },
    { rule: 'typographic-quotes', offset: start + 13, before: '"', after: '”' },
  ]);
});

// Closing marks after sentence punctuation: a bug that opened them went unnoticed once (issue 14).
test('a quote after a question mark, an exclamation mark or an ellipsis closes', () => {
  assert.equal(curl('He asked, "Why not?" and left.'), 'He asked, “Why not?” and left.');
  assert.equal(curl('"Resist America!" was the slogan'), '“Resist America!” was the slogan');
  assert.equal(curl('"We must lean to one side…" he wrote'), '“We must lean to one side…” he wrote');
  assert.equal(curl('"and so on. . ." he said'), '“and so on. . .” he said');
  assert.equal(curl("'Why?' he asked"), '‘Why?’ he asked');
});

test('a quote after a question or exclamation mark at the very end of the text closes', () => {
  assert.equal(curl('He asked, "Why not?"'), 'He asked, “Why not?”');
  assert.equal(curl('"Never!"'), '“Never!”');
});

test('a quote after a dash that ends a broken-off quotation closes', () => {
  assert.equal(curl('"If the Americans—" he began'), '“If the Americans—” he began');
  assert.equal(curl('"We will not–"'), '“We will not–”');
  assert.equal(curl('he said "wait—", then stopped'), 'he said “wait—”, then stopped');
});

test('a quote after a dash that starts a quotation opens', () => {
  assert.equal(curl('the slogan—"Resist America"—was everywhere'), 'the slogan—“Resist America”—was everywhere');
  assert.equal(curl("Stalin's answer—'no'—came"), 'Stalin’s answer—‘no’—came');
});

test('a quote after a dash before a note marker closes', () => {
  assert.equal(curl('"to the end—"<sup>3</sup> he said'), '“to the end—”<sup>3</sup> he said');
});
