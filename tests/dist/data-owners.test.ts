/**
 * One owner per fact, checked on the built site: the ids the importer wrote in
 * the sections' front matter are the ids the pages carry, and the facts a
 * citation names agree with the title page the excerpt prints.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { chapterSlug } from '../../src/edition/addresses.ts';
import { book, titlePage } from '../../src/edition/formats/index.ts';
import { sectionParagraphIds } from '../../src/edition/outline.ts';
import { readData } from '../../src/lib/read-data.ts';
import { readOutline } from '../../src/lib/outline-files.ts';

const outline = readOutline();
const pageOf = (n: number) => fromHtml(readFileSync(join('dist', chapterSlug(n), 'index.html'), 'utf8'));

test('every rendered section heading’s id is its section id from the front matter, in order', () => {
  let checked = 0;
  for (const chapter of outline) {
    const rendered = (selectAll('article.chapter h2[id]', pageOf(chapter.number)) as Element[]).map((h) => String(h.properties.id));
    const recorded = chapter.sections.flatMap((s) => (s.data.sectionId ? [s.data.sectionId] : []));
    assert.deepEqual(rendered, recorded, `chapter ${chapter.number}`);
    checked += recorded.length;
  }
  assert.equal(checked, 7, 'the excerpt has seven section headings');
});

test('every rendered paragraph id is one the front matter numbers, in order, and no other', () => {
  let checked = 0;
  for (const chapter of outline) {
    const rendered = (selectAll('article.chapter > .section > p[id], article.chapter > .section > blockquote[id]', pageOf(chapter.number)) as Element[]).map((p) => String(p.properties.id));
    const recorded = chapter.sections.flatMap((s) => sectionParagraphIds(s.data));
    assert.deepEqual(rendered, recorded, `chapter ${chapter.number}`);
    checked += recorded.length;
  }
  assert.equal(checked, 107, 'paragraphs and block quotations of the three chapters');
});

test('the book facts a citation names agree with the printed title page', () => {
  const facts = readData(book, 'content/editorial/book.json');
  const page = readData(titlePage, 'content/edition/title-page.json');
  assert.equal(facts.author, page.author);
  assert.equal(facts.title, page.title.join(' '));
  assert.equal(facts.series, page.series);
  assert.ok(page.imprint.some((line) => line.includes(facts.publisher)), `the imprint names ${facts.publisher}`);
  assert.ok(page.imprint.some((line) => line.includes(facts.place)), `the imprint names ${facts.place}`);
});
