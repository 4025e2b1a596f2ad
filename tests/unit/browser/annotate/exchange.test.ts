import assert from 'node:assert/strict';
import { test } from 'node:test';
import { merge, parseImport, toCollection } from '../../../../src/browser/annotate/exchange.ts';
import { newAnnotation, noteOf, uuid, withNote } from '../../../../src/browser/annotate/model.ts';
import { describe } from '../../../../src/browser/annotate/selectors.ts';
import { annotationCollection, webAnnotation } from '../../../../src/edition/formats/annotation.ts';

const TEXT = 'On 30 June 1949, Mao Zedong issued his famous “lean-to-one-side” statement.';
const SOURCE = 'https://example.org/chapter-3/';
const at = new Date('2026-01-02T03:04:05.000Z');
const later = new Date('2026-02-02T03:04:05.000Z');
const make = (words: string, id: string) => {
  const s = TEXT.indexOf(words);
  return newAnnotation({ source: SOURCE, ...describe(TEXT, s, s + words.length), fragment: 'p3-3' }, at, id);
};
const belongs = (source: string) => source.startsWith('https://example.org/chapter-');

test('an annotation is a valid W3C Web Annotation with three selectors for the same words', () => {
  const a = withNote(make('Mao Zedong', 'urn:uuid:1'), '  Who else?  ', later);
  assert.ok(webAnnotation.safeParse(a).success);
  assert.equal(a.motivation, 'commenting');
  assert.equal(noteOf(a), 'Who else?');
  assert.deepEqual(a.target.selector.map((s) => s.type), ['TextQuoteSelector', 'TextPositionSelector', 'FragmentSelector']);
  assert.equal(withNote(a, ' ', later).motivation, 'highlighting');
  assert.equal(withNote(a, ' ', later).body, undefined);
});

test('uuid: version 4, from any random source', () => {
  assert.equal(uuid((b) => b.fill(255)), 'ffffffff-ffff-4fff-bfff-ffffffffffff');
});

test('export, then import of the export, gives the same annotations', () => {
  const items = [make('Mao Zedong', 'urn:uuid:1'), withNote(make('statement', 'urn:uuid:2'), 'the phrase', later)];
  const json = JSON.stringify(toCollection(items, 'Notes'));
  const back = parseImport('notes.json', json, belongs);
  assert.ok(back.ok);
  assert.deepEqual(back.items, items);
  const collection = annotationCollection.parse(JSON.parse(json));
  assert.equal(collection['@context'], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(collection.total, 2);
});

test('bad files are refused with a message naming the file and the problem', () => {
  const notJson = parseImport('a.json', '{"x": ', belongs);
  assert.ok(!notJson.ok && /^a\.json is not JSON/.test(notJson.message));
  const notCollection = parseImport('b.json', '{"type": "Something"}', belongs);
  assert.ok(!notCollection.ok && /b\.json is not a Web Annotation collection: .*type must be "AnnotationCollection"/.test(notCollection.message), !notCollection.ok ? notCollection.message : '');
  const broken = JSON.parse(JSON.stringify(toCollection([make('Mao Zedong', 'urn:uuid:1')], 'Notes')));
  broken.first.items[0].target.selector = [{ type: 'TextPositionSelector', start: 1, end: 5 }];
  const noQuote = parseImport('c.json', JSON.stringify(broken), belongs);
  assert.ok(!noQuote.ok && /first\.items\[0\]\.target\.selector: a target needs a TextQuoteSelector/.test(noQuote.message), !noQuote.ok ? noQuote.message : '');
  const other = JSON.parse(JSON.stringify(toCollection([make('Mao Zedong', 'urn:uuid:1')], 'Notes')));
  other.first.items[0].target.source = 'https://another.example/book/chapter-3/';
  const foreign = parseImport('d.json', JSON.stringify(other), belongs);
  assert.ok(!foreign.ok && /another book/.test(foreign.message));
});

test('merge: no duplicates by id or by content; the later copy of an annotation wins', () => {
  const a = make('Mao Zedong', 'urn:uuid:1');
  const b = make('statement', 'urn:uuid:2');
  const a2 = withNote(a, 'changed', later);
  const sameAsB = make('statement', 'urn:uuid:3');
  const c = make('30 June 1949', 'urn:uuid:4');
  const m = merge([a, b], [a2, b, sameAsB, c]);
  assert.deepEqual(m.items.map((x) => x.id), ['urn:uuid:1', 'urn:uuid:2', 'urn:uuid:4']);
  assert.equal(noteOf(m.items[0]), 'changed');
  assert.deepEqual([m.added, m.updated], [1, 1]);
  // An older copy does not overwrite a newer one.
  assert.equal(noteOf(merge([a2], [a]).items[0]), 'changed');
});

test('a missing field is named with its path', () => {
  const broken = JSON.parse(JSON.stringify(toCollection([make('Mao Zedong', 'urn:uuid:1')], 'Notes')));
  delete broken.first.items[0].created;
  const r = parseImport('e.json', JSON.stringify(broken), belongs);
  assert.ok(!r.ok && /first\.items\[0\]\.created: /.test(r.message), !r.ok ? r.message : '');
});
