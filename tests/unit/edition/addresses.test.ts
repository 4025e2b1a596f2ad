import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  chapterName,
  chapterPath,
  documentPath,
  epubPath,
  paragraphId,
  parseChapterPath,
  parseChapterSlug,
  parseParagraphId,
  sectionId,
  withBase,
  withoutBase,
} from '../../../src/edition/addresses.ts';

test('chapter paths are built and parsed back, with and without a base path', () => {
  assert.equal(chapterPath(3), '/chapter-3/');
  assert.equal(chapterPath(3, '/mao-china/'), '/mao-china/chapter-3/');
  assert.equal(chapterPath(3, '/mao-china'), '/mao-china/chapter-3/');
  for (const base of ['/', '/mao-china/']) {
    for (const n of [1, 3, 12]) assert.equal(parseChapterPath(chapterPath(n, base), base), n);
  }
  assert.equal(parseChapterPath('/mao-china/chapter-3/index.html', '/mao-china/'), 3);
  assert.equal(parseChapterPath('/chapter-3/', '/mao-china/'), null, 'a path outside the base is no chapter');
  assert.equal(parseChapterPath('/names/'), null);
  assert.equal(parseChapterPath('/chapter-03/'), null, 'no leading zeros: one address per chapter');
  assert.equal(parseChapterPath('/chapter-3x/'), null);
  assert.equal(parseChapterSlug('chapter-0'), null);
});

test('paragraph ids are built and parsed back; nothing else parses as one', () => {
  assert.equal(paragraphId(3, 52), 'p3-52');
  assert.deepEqual(parseParagraphId('p3-52'), { chapter: 3, n: 52 });
  for (const bad of ['p3-0', 'p03-5', 'p3-', 'note-3', 'p3-52x', 'the-breakdown']) assert.equal(parseParagraphId(bad), null, bad);
});

test('section ids are GitHub slugs of the heading’s final text', () => {
  assert.equal(sectionId('The “Lean-to-One-Side” Approach'), 'the-lean-to-one-side-approach');
  assert.equal(sectionId('The Alliance’s Golden Years'), 'the-alliances-golden-years');
  assert.equal(sectionId('Breakdown'), sectionId('Breakdown'), 'no state carried between calls');
});

test('base paths join and split cleanly', () => {
  assert.equal(withBase('/', '/about/'), '/about/');
  assert.equal(withBase('/sub/', 'about/'), '/sub/about/');
  assert.equal(withoutBase('/sub/', '/sub/about/'), '/about/');
  assert.equal(withoutBase('/sub/', '/sub'), '/');
  assert.equal(withoutBase('/sub/', '/other/'), null);
  assert.equal(withoutBase('/', '/about/'), '/about/');
  assert.equal(documentPath('telegram-1950-10-02', '/sub/'), '/sub/documents/telegram-1950-10-02/');
});

test('chapter names: the label alone where the excerpt lacks the title', () => {
  assert.equal(chapterName({ number: 3, title: 'Title' }), 'Chapter 3: Title');
  assert.equal(chapterName({ number: 2, title: null }), 'Chapter 2');
});

test('index of names: an entry’s address is its letter’s page, under the base path, for every caller alike', async () => {
  const { indexLetter, nameEntryPath, namesLetterPath, figureAfterId } = await import('../../../src/edition/addresses.ts');
  assert.equal(nameEntryPath({ id: 'mao-zedong', indexAs: 'Mao Zedong' }), '/names/m/#name-mao-zedong');
  assert.equal(nameEntryPath({ id: 'lushun', indexAs: 'Lüshun' }, '/sub/'), '/sub/names/l/#name-lushun');
  assert.equal(nameEntryPath({ id: 'de-gaulle', indexAs: 'de Gaulle, Charles' }), '/names/d/#name-de-gaulle');
  assert.equal(nameEntryPath({ id: 'seventh', indexAs: '7th Fleet' }), '/names/other/#name-seventh');
  assert.equal(namesLetterPath('M', '/sub'), '/sub/names/m/');
  assert.equal(indexLetter('Éluard'), 'E');
  assert.equal(indexLetter(''), 'Other');
  assert.equal(figureAfterId('p3-10'), 'figure-after-p3-10');
  assert.equal(parseParagraphId(figureAfterId('p3-10')), null, 'a figure’s anchor is not a paragraph’s');
});

test('epubPath: the book’s title as a file name, under the base', () => {
  assert.equal(epubPath('Mao’s China and the Cold War'), '/maos-china-and-the-cold-war.epub');
  assert.equal(epubPath('Mao’s China and the Cold War', '/sub/'), '/sub/maos-china-and-the-cold-war.epub');
});
