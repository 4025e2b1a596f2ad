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
