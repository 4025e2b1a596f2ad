/**
 * The excerpt has no note texts; when an editor supplies them under content/notes/
 * the build shows them, as text, on the pages and in the EPUB, and the chapter
 * stops saying they are missing. Proven by building with a fixture notes
 * directory (and a broken one).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { elements, epubFile, openEpub, textOf } from '../support/epub.ts';
import { foreignScripts } from '../support/page-scripts.ts';

const HOSTILE_NOTE = '<script>alert("note")</script> <b>not bold</b> {1 + 1} &amp; [a](javascript:alert(1))';

let work = '';
let chapter3: Root;
let chapter2: Root;

const astroBuild = (outDir: string, notesDir: string) =>
  spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    env: { ...process.env, EDITION_NOTES_DIR: notesDir },
    encoding: 'utf8',
  });

before(() => {
  work = mkdtempSync(join(tmpdir(), 'notes-build-'));
  const build = astroBuild(join(work, 'dist'), 'tests/fixtures/notes');
  assert.equal(build.status, 0, build.stderr);
  chapter3 = fromHtml(readFileSync(join(work, 'dist/chapter-3/index.html'), 'utf8'));
  chapter2 = fromHtml(readFileSync(join(work, 'dist/chapter-2/index.html'), 'utf8'));
});

after(() => rmSync(work, { recursive: true, force: true }));

test('a supplied note text appears in its sidenote, the marker’s details; a note without one is its number, its marker described once for all', () => {
  const note1 = select('#note-1', chapter3);
  const note3 = select('#note-3', chapter3);
  assert.ok(note1 && note3);
  assert.equal(toText(note1), '1 Fixture note: on the 1969 border war, see the sources cited in the book.');
  // A note with a text is a note, and its marker's details; one without is its number
  // alone (the stylesheet says the text is not in the excerpt), its marker described by the chapter's sentence.
  assert.equal(note1.properties.role, 'note');
  assert.equal(select('a.note-ref[href="#note-1"]', chapter3)?.properties.ariaDetails, 'note-1');
  assert.equal(toText(note3), '3');
  assert.equal(note3.properties.role, undefined);
  assert.deepEqual(select('a.note-ref[href="#note-3"]', chapter3)?.properties.ariaDescribedBy, ['notes-absent']);
  assert.match(toText(select('#notes-absent', chapter3) as Element), /^A note without its text shows only its number\.$/);
});

test('a note text is text: markup and a <script> in it are shown as written, and run nothing', () => {
  const note2 = select('#note-2', chapter3);
  assert.ok(note2);
  assert.equal(toText(note2), `2 ${HOSTILE_NOTE}`);
  assert.deepEqual(selectAll('script, b, a[href^="javascript:"]', note2).map((e) => (e as Element).tagName), []);
  assert.deepEqual(foreignScripts(chapter3), [], 'only the edition’s own scripts');
});

test('with note texts supplied, the chapter no longer says they are not part of the excerpt', () => {
  const about = toText(select('#about-notes', chapter3) as Element);
  assert.doesNotMatch(about, /not part of the excerpt/);
  assert.match(about, /Where the edition has a note’s text, its note shows it\. A note without its text shows only its number\./);
  // Chapter 2 has no supplied texts: its header still says so.
  assert.match(toText(select('#about-notes', chapter2) as Element), /The notes’ texts are not part of the excerpt/);
  assert.doesNotMatch(toText(select('.site-footer', chapter3) as Element), /not part of the excerpt/);
});

test('a broken notes file stops the build with its name and the place of the mistake', () => {
  const broken = join(work, 'broken-notes');
  mkdirSync(broken);
  writeFileSync(join(broken, 'chapter-3.json'), '{ "1": "unterminated\n}\n');
  const build = astroBuild(join(work, 'dist-broken'), broken);
  assert.notEqual(build.status, 0);
  const output = `${build.stdout}\n${build.stderr}`;
  assert.match(output, new RegExp(`${join(broken, 'chapter-3.json').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: not valid JSON at line 1, column \\d+`));
});

test('the EPUB carries the same texts in its footnotes, as text; a note without one says so', () => {
  const epub = openEpub(epubFile(join(work, 'dist'))).xml('EPUB/chapter-3.xhtml');
  const footnote = (id: string) => textOf(elements(epub, (e) => e.attributes.id === id)[0]);
  assert.equal(footnote('note-1'), '1 Fixture note: on the 1969 border war, see the sources cited in the book.');
  assert.equal(footnote('note-2'), `2 ${HOSTILE_NOTE}`);
  assert.equal(elements(epub, (e) => e.name === 'script').length, 0);
  assert.equal(footnote('note-3'), '3 The text of this note is not in the excerpt.');
});
