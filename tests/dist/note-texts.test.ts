/**
 * The excerpt has no note texts; when an editor supplies them under content/notes/
 * the build shows them, on the pages and in the EPUB. Proven by building with a
 * fixture notes directory.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { elements, epubFile, openEpub, textOf } from '../support/epub.ts';

test('a supplied note text appears in its sidenote, the marker’s details; a note without one is its number, its marker described once for all', () => {
  const out = mkdtempSync(join(tmpdir(), 'notes-build-'));
  try {
    const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], {
      env: { ...process.env, EDITION_NOTES_DIR: 'tests/fixtures/notes' },
      encoding: 'utf8',
    });
    assert.equal(build.status, 0, build.stderr);
    const page = fromHtml(readFileSync(join(out, 'chapter-3/index.html'), 'utf8'));
    const note1 = select('#note-1', page);
    const note2 = select('#note-2', page);
    assert.ok(note1 && note2);
    assert.equal(toText(note1), '1 Fixture note: on the 1969 border war, see the sources cited in the book.');
    // A note with a text is a note, and its marker's details; one without is its number
    // alone (the stylesheet says the text is not in the excerpt), its marker described by the chapter's sentence.
    assert.equal(note1.properties.role, 'note');
    assert.equal(select('a.note-ref[href="#note-1"]', page)?.properties.ariaDetails, 'note-1');
    assert.equal(toText(note2), '2');
    assert.equal(note2.properties.role, undefined);
    assert.deepEqual(select('a.note-ref[href="#note-2"]', page)?.properties.ariaDescribedBy, ['notes-absent']);
    assert.match(toText(select('#notes-absent', page)!), /not part of the excerpt/);
    // The EPUB carries the same texts, in its footnotes.
    const epub = openEpub(epubFile(out)).xml('EPUB/chapter-3.xhtml');
    const footnote = (id: string) => textOf(elements(epub, (e) => e.attributes.id === id)[0]);
    assert.equal(footnote('note-1'), '1 Fixture note: on the 1969 border war, see the sources cited in the book.');
    assert.equal(footnote('note-2'), '2 The text of this note is not in the excerpt.');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
