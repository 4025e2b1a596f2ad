import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bookIdentifier, contentDate, FALLBACK_SECONDS, modifiedDate } from '../../../src/integrations/epub/metadata.ts';

const book = { author: 'Chen Jian', title: 'Mao’s China and the Cold War', publisher: 'University of North Carolina Press', year: 2001 };

test('bookIdentifier: a version-5 UUID URN, the same for the same book, another for another', () => {
  const id = bookIdentifier(book);
  assert.match(id, /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.equal(bookIdentifier({ ...book }), id);
  assert.notEqual(bookIdentifier({ ...book, year: 2002 }), id);
});

test('modifiedDate: UTC to the second, as dcterms:modified requires', () => {
  assert.equal(modifiedDate(0), '1970-01-01T00:00:00Z');
  assert.equal(modifiedDate(1_700_000_000), '2023-11-14T22:13:20Z');
});

test('contentDate: SOURCE_DATE_EPOCH first, then the last commit, else a fixed date', () => {
  assert.deepEqual(contentDate('content', '1234'), { seconds: 1234, source: 'SOURCE_DATE_EPOCH' });
  const fromGit = contentDate('content');
  assert.ok(Number.isInteger(fromGit.seconds) && fromGit.seconds > FALLBACK_SECONDS, fromGit.source);
  // Stable: asked twice, the same answer.
  assert.deepEqual(contentDate('content'), fromGit);
  assert.equal(contentDate('/nonexistent/content-dir').seconds, FALLBACK_SECONDS);
});
