/**
 * The text is sacred: the words the built site shows are the source's words,
 * changed only by the recorded editorial changes — 0 missing, 0 extra.
 * Run after `npm run build`.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { diffArrays } from 'diff';
import { readingTextOfSite, words } from '../support/reading-text.ts';
import { editedPlainText, plainText, sourceText } from '../support/source-text.ts';

const DIST = 'dist';

test('the built site exists', () => {
  assert.ok(existsSync(`${DIST}/chapter-3/index.html`), 'run `npm run build` first');
});

test('rendered words equal the source with its recorded changes: 0 missing, 0 extra', () => {
  const expected = words(editedPlainText());
  const rendered = words(readingTextOfSite(DIST));
  const hunks = diffArrays(expected, rendered);
  const missing = hunks.filter((h) => h.removed);
  const extra = hunks.filter((h) => h.added);
  const count = (hs: typeof hunks) => hs.reduce((n, h) => n + h.value.length, 0);
  const sourceWords = words(plainText(sourceText())).length;
  console.log(`fidelity: ${sourceWords} words in the source, ${expected.length} after recorded changes, ${rendered.length} rendered; missing ${count(missing)}, extra ${count(extra)}`);
  const show = (hs: typeof hunks) => hs.slice(0, 10).map((h) => `  ${h.value.slice(0, 12).join(' ')}`).join('\n');
  assert.equal(count(missing), 0, `words missing from the site:\n${show(missing)}`);
  assert.equal(count(extra), 0, `words on the site that the source does not have:\n${show(extra)}`);
});

test('every spaced ellipsis is rendered with no-break spaces', () => {
  const rendered = readingTextOfSite(DIST);
  assert.equal((rendered.match(/\.(?: \.){2,}/g) ?? []).length, 0, 'an ellipsis with breakable spaces');
  assert.equal((rendered.match(/\.(?:\u00a0\.){2,}/g) ?? []).length, 4);
});

test('no straight quotation mark is left in the reading text', () => {
  const rendered = readingTextOfSite(DIST);
  assert.deepEqual(rendered.match(/["']/g) ?? [], []);
});
