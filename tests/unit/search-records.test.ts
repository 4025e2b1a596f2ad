import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SectionFrontmatter } from '../../src/edition/formats/section.ts';
import type { ChapterOutline } from '../../src/edition/outline.ts';
import { chapterRecords, nameIndexRecords, titlePageRecord } from '../../src/integrations/search-records.ts';

// Shaped like a built chapter page: the article, its header, an opening and one section.
const chapterPage = `<!doctype html><html lang="en"><head><title>Chapter 3</title></head><body>
<nav class="chapter-contents" aria-label="In this chapter"><a href="#breakdown">Breakdown</a></nav>
<article class="chapter" data-pagefind-body>
<header class="chapter-header"><h1 id="chapter-title">Mao’s Continuous Revolution</h1></header>
<div class="section opening">
<p id="p3-1">No other event contributed more.</p>
</div>
<section class="section">
<h2 id="breakdown">Breakdown <a class="permalink" href="#breakdown">#</a></h2>
<p id="p3-2">The alliance collapsed.</p>
<blockquote id="p3-3"><p>We must lean to one side.</p></blockquote>
<figure><figcaption>Mao and Khrushchev, Beijing, 1958.</figcaption></figure>
</section>
</article>
</body></html>`;

// The chapter's data, as the importer wrote it in the sections' front matter.
const fm = (over: Partial<SectionFrontmatter>): { data: SectionFrontmatter } => ({
  data: { chapter: 3, chapterTitle: 'Mao’s Continuous Revolution', section: null, sectionId: null, order: 0, firstParagraph: 1, paragraphCount: 1, abbreviationsBefore: [], ...over },
});
const chapter3: ChapterOutline<{ data: SectionFrontmatter }> = {
  number: 3,
  title: 'Mao’s Continuous Revolution',
  opensMidChapter: false,
  endsMidSentence: false,
  sections: [fm({}), fm({ section: 'Breakdown', sectionId: 'breakdown', order: 1, firstParagraph: 2, paragraphCount: 2 })],
};

const page = (title: string, metas: string, body: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body>${metas}<div data-pagefind-body>${body}</div></body></html>`;
const CHAPTER = '<span data-pagefind-meta="chapter:Chapter 3"></span>';
const SECTION = '<span data-pagefind-meta="section:Breakdown"></span>';
const TEXT = '<span data-pagefind-filter="kind:text"></span>';

test('chapterRecords: a record per paragraph and per section for the rest, in page order', () => {
  const records = chapterRecords(chapterPage, chapter3, '/');
  assert.deepEqual(
    records.map((r) => r.url),
    ['/chapter-3/', '/chapter-3/#p3-1', '/chapter-3/#breakdown', '/chapter-3/#p3-2', '/chapter-3/#p3-3'],
  );
  assert.deepEqual(
    records.map((r) => r.html),
    [
      page('Chapter 3', CHAPTER + TEXT, '<header class="chapter-header"><h1>Mao’s Continuous Revolution</h1></header>'),
      page('Chapter 3', CHAPTER + TEXT, '<p id="p3-1">No other event contributed more.</p>'),
      page(
        'Chapter 3: Breakdown',
        CHAPTER + SECTION + TEXT,
        '<h2>Breakdown <a class="permalink" href="#breakdown">#</a></h2><figure><figcaption>Mao and Khrushchev, Beijing, 1958.</figcaption></figure>',
      ),
      page('Chapter 3: Breakdown', CHAPTER + SECTION + TEXT, '<p id="p3-2">The alliance collapsed.</p>'),
      page('Chapter 3: Breakdown', CHAPTER + SECTION + TEXT, '<blockquote id="p3-3"><p>We must lean to one side.</p></blockquote>'),
    ],
  );
});

test('chapterRecords: every record is kind:text, headings lose their ids, the section meta has no "#"', () => {
  for (const r of chapterRecords(chapterPage, chapter3, '/')) {
    assert.equal(r.html.match(/data-pagefind-filter="kind:text"/g)?.length, 1, r.url);
    assert.doesNotMatch(r.html, /<h[12] id=/, r.url);
    assert.doesNotMatch(r.html, /section:Breakdown #/, r.url);
  }
});

test('chapterRecords: the base path prefixes every url', () => {
  assert.deepEqual(
    chapterRecords(chapterPage, chapter3, '/mao-china/').map((r) => r.url),
    ['/mao-china/chapter-3/', '/mao-china/chapter-3/#p3-1', '/mao-china/chapter-3/#breakdown', '/mao-china/chapter-3/#p3-2', '/mao-china/chapter-3/#p3-3'],
  );
});

test('chapterRecords: a page without article.chapter is an error', () => {
  assert.throws(() => chapterRecords('<main><p id="p3-1">x</p></main>', chapter3, '/'), /\/chapter-3\/: no article\.chapter/);
});

test('chapterRecords: the page must carry every paragraph the data numbers, in its own section part', () => {
  const missing = chapterPage.replace('<p id="p3-2">The alliance collapsed.</p>', '');
  assert.throws(() => chapterRecords(missing, chapter3, '/'), /\/chapter-3\/: section breakdown has 1 of its 2 paragraphs on the page/);
  const extraSection = { ...chapter3, sections: [...chapter3.sections, fm({ section: 'More', sectionId: 'more', order: 2, firstParagraph: 4 })] };
  assert.throws(() => chapterRecords(chapterPage, extraSection, '/'), /2 section parts on the page, 3 sections in the data/);
});

test('chapterRecords: labels come from the data, not the page (a page heading cannot rename a record)', () => {
  const renamed = chapterPage.replace('<h2 id="breakdown">Breakdown', '<h2 id="breakdown">Something Else');
  const meta = chapterRecords(renamed, chapter3, '/').map((r) => /section:([^"]*)"/.exec(r.html)?.[1] ?? null);
  assert.deepEqual(meta, [null, null, 'Breakdown', 'Breakdown', 'Breakdown']);
});

test('titlePageRecord: the title page from its data', () => {
  const r = titlePageRecord({ series: 'The New Cold War History', seriesEditor: null, title: ['Mao’s China and', 'the Cold War'], author: 'Chen Jian', imprint: ['Chapel Hill'] }, '/sub/');
  assert.equal(r.url, '/sub/');
  assert.match(r.html, /<div data-pagefind-body><p>The New Cold War History<\/p><p>Mao’s China and the Cold War<\/p><p>Chen Jian<\/p><p>Chapel Hill<\/p><\/div>/);
});

const maoEntry = { id: 'mao-zedong', name: 'Mao Zedong', kind: 'person' as const, indexAs: 'Mao Zedong', mentions: ['Mao Zedong', 'Mao'], variants: ['Mao Tse-tung'] };
const moscowEntry = { id: 'moscow', name: 'Moscow', kind: 'place' as const, indexAs: 'Moscow', mentions: ['Moscow'], variants: [] };

test('nameIndexRecords: one kind:index record per entry, its heading and other spellings only', () => {
  const records = nameIndexRecords([maoEntry, moscowEntry], '/');
  assert.deepEqual(records, [
    {
      url: '/names/m/#name-mao-zedong',
      html: page(
        'Mao Zedong',
        '<span data-pagefind-meta="chapter:Index of names"></span><span data-pagefind-meta="section:Mao Zedong"></span><span data-pagefind-filter="kind:index"></span>',
        '<span>Mao Zedong</span><span> elsewhere spelled Mao Tse-tung</span>',
      ),
    },
    {
      url: '/names/m/#name-moscow',
      html: page(
        'Moscow',
        '<span data-pagefind-meta="chapter:Index of names"></span><span data-pagefind-meta="section:Moscow"></span><span data-pagefind-filter="kind:index"></span>',
        '<span>Moscow</span>',
      ),
    },
  ]);
});
