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
<p id="p3-2">The alliance collapsed.<a class="note-ref" id="note-ref-4" href="#note-4">4</a></p>
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

const record = (body: string) => `<!doctype html><html lang="en"><head></head><body><div data-pagefind-body data-pagefind-meta="title:">${body}</div></body></html>`;

test('chapterRecords: a record per section, each paragraph after a marker with its id, nothing else keeps an id', () => {
  const records = chapterRecords(chapterPage, chapter3, '/').map(({ url, html }) => ({ url, html }));
  assert.deepEqual(records, [
    { url: '/chapter-3/', html: record('<header class="chapter-header"><h1>Mao’s Continuous Revolution</h1></header><span id="p3-1"></span><p>No other event contributed more.</p>') },
    {
      url: '/chapter-3/#breakdown',
      html: record(
        '<h2>Breakdown <a class="permalink" href="#breakdown">#</a></h2><span id="p3-2"></span><p>The alliance collapsed.<a class="note-ref" href="#note-4">4</a></p><span id="p3-3"></span><blockquote><p>We must lean to one side.</p></blockquote><figure><figcaption>Mao and Khrushchev, Beijing, 1958.</figcaption></figure>',
      ),
    },
  ]);
});

test('chapterRecords: a long section is cut into runs of whole paragraphs, each addressed by its first paragraph', () => {
  const records = chapterRecords(chapterPage, chapter3, '/', 4);
  assert.deepEqual(
    records.map((r) => r.url),
    ['/chapter-3/', '/chapter-3/#breakdown', '/chapter-3/#p3-3'],
  );
  assert.match(records[2].html, /^<!doctype html>.*<span id="p3-3"><\/span><blockquote><p>We must lean to one side\.<\/p><\/blockquote><figure>/);
});

test('chapterRecords: no record carries metadata or a filter (metadata is indexed as words of the record)', () => {
  for (const r of chapterRecords(chapterPage, chapter3, '/')) {
    assert.doesNotMatch(r.html, /data-pagefind-filter|data-pagefind-meta="(?!title:")/, r.url);
    assert.doesNotMatch(r.html, /<title>/, r.url);
  }
});

test('chapterRecords: the base path prefixes every url', () => {
  assert.deepEqual(
    chapterRecords(chapterPage, chapter3, '/mao-china/').map((r) => r.url),
    ['/mao-china/chapter-3/', '/mao-china/chapter-3/#breakdown'],
  );
});

test('chapterRecords: a page without article.chapter is an error', () => {
  assert.throws(() => chapterRecords('<main><p id="p3-1">x</p></main>', chapter3, '/'), /\/chapter-3\/: no article\.chapter/);
});

test('chapterRecords: the page must carry every paragraph the data numbers, in its own section part', () => {
  const missing = chapterPage.replace('<p id="p3-2">The alliance collapsed.', '<p>The alliance collapsed.');
  assert.throws(() => chapterRecords(missing, chapter3, '/'), /\/chapter-3\/: section breakdown has 1 of its 2 paragraphs on the page/);
  const extraSection = { ...chapter3, sections: [...chapter3.sections, fm({ section: 'More', sectionId: 'more', order: 2, firstParagraph: 4 })] };
  assert.throws(() => chapterRecords(chapterPage, extraSection, '/'), /2 section parts on the page, 3 sections in the data/);
});

test('chapterRecords: addresses come from the data, not the page (a page heading cannot readdress a record)', () => {
  const renamed = chapterPage.replace('<h2 id="breakdown">Breakdown', '<h2 id="something-else">Something Else');
  assert.deepEqual(
    chapterRecords(renamed, chapter3, '/').map((r) => r.url),
    ['/chapter-3/', '/chapter-3/#breakdown'],
  );
});

test('titlePageRecord: the title page from its data', () => {
  const r = titlePageRecord({ series: 'The New Cold War History', seriesEditor: null, title: ['Mao’s China and', 'the Cold War'], author: 'Chen Jian', imprint: ['Chapel Hill'] }, '/sub/');
  assert.equal(r.url, '/sub/');
  assert.equal(r.html, record('<p>The New Cold War History</p><p>Mao’s China and the Cold War</p><p>Chen Jian</p><p>Chapel Hill</p>'));
});

const maoEntry = { id: 'mao-zedong', name: 'Mao Zedong', kind: 'person' as const, indexAs: 'Mao Zedong', mentions: ['Mao Zedong', 'Mao'], variants: ['Mao Tse-tung'] };
const moscowEntry = { id: 'moscow', name: 'Moscow', kind: 'place' as const, indexAs: 'Moscow', mentions: ['Moscow'], variants: [] };

test('nameIndexRecords: one kind:index record per entry, titled by its heading, its heading and other spellings only', () => {
  const entry = (title: string, body: string) =>
    `<!doctype html><html lang="en"><head></head><body><div data-pagefind-body data-pagefind-meta="title:${title}" data-pagefind-filter="kind:index">${body}</div></body></html>`;
  assert.deepEqual(nameIndexRecords([maoEntry, moscowEntry], '/'), [
    { url: '/names/m/#name-mao-zedong', html: entry('Mao Zedong', '<span>Mao Zedong</span><span> elsewhere spelled Mao Tse-tung</span>') },
    { url: '/names/m/#name-moscow', html: entry('Moscow', '<span>Moscow</span>') },
  ]);
});

test('indexChunkSize: a small index in about eight chunks, a large one in Pagefind’s own size', async () => {
  const { indexChunkSize } = await import('../../src/integrations/search-index.ts');
  assert.equal(indexChunkSize(16_000), 5333);
  assert.equal(indexChunkSize(800_000), 20_000);
  assert.equal(indexChunkSize(300), 1_000);
});

test('chapterRecords: each record says how many words it holds (what the index’s chunk size is reckoned from)', () => {
  const records = chapterRecords(chapterPage, chapter3, '/', 4);
  // The header's 3 and the opening's 5; the heading's 2 and the first paragraph's 3; then 6 and the caption's 5.
  assert.deepEqual(records.map((r) => r.words), [8, 5, 11]);
});
