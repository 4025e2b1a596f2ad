import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chapterRecords, nameIndexRecords } from '../../scripts/search-records.ts';

// Shaped like a built chapter page: the article, its header, an opening and one section.
const chapterPage = `<!doctype html><html lang="en"><head><title>Chapter 3</title></head><body>
<nav class="chapter-contents" aria-label="In this chapter"><a href="#breakdown">Breakdown</a></nav>
<article class="chapter" data-pagefind-body data-pagefind-meta="chapter:Chapter 3">
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

const page = (title: string, metas: string, body: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body>${metas}<div data-pagefind-body>${body}</div></body></html>`;
const CHAPTER = '<span data-pagefind-meta="chapter:Chapter 3"></span>';
const SECTION = '<span data-pagefind-meta="section:Breakdown"></span>';
const TEXT = '<span data-pagefind-filter="kind:text"></span>';

test('chapterRecords: a record per paragraph and per section for the rest, in page order', () => {
  const records = chapterRecords(chapterPage, 'chapter-3/', '/');
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
  for (const r of chapterRecords(chapterPage, 'chapter-3/', '/')) {
    assert.equal(r.html.match(/data-pagefind-filter="kind:text"/g)?.length, 1, r.url);
    assert.doesNotMatch(r.html, /<h[12] id=/, r.url);
    assert.doesNotMatch(r.html, /section:Breakdown #/, r.url);
  }
});

test('chapterRecords: the base path prefixes every url', () => {
  assert.deepEqual(
    chapterRecords(chapterPage, 'chapter-3/', '/mao-china/').map((r) => r.url),
    ['/mao-china/chapter-3/', '/mao-china/chapter-3/#p3-1', '/mao-china/chapter-3/#breakdown', '/mao-china/chapter-3/#p3-2', '/mao-china/chapter-3/#p3-3'],
  );
});

test('chapterRecords: a page without article.chapter is an error', () => {
  assert.throws(() => chapterRecords('<main><p id="p3-1">x</p></main>', 'chapter-3/', '/'), /chapter-3\/: no article\.chapter/);
});

// Shaped like the built names page.
const namesPage = `<!doctype html><html lang="en"><body><main>
<section aria-labelledby="letter-M"><h2 id="letter-M">M</h2><ul class="index-list">
<li class="see">Mao Tse-tung, <i>see</i> <a href="#name-mao-zedong">Mao Zedong</a></li>
<li id="name-mao-zedong"><span class="index-heading">Mao Zedong</span> <span class="index-kind">(person)</span><span class="variants"> in the text also Mao</span><span class="variants"> elsewhere spelled Mao Tse-tung</span><ul class="occurrences"><li><a href="/chapter-3/#p3-1" data-count="2">Ch. 3, opening, ¶ 1</a> (2)</li></ul></li>
<li id="name-moscow"><span class="index-heading">Moscow</span> <span class="index-kind">(place)</span><span class="occurrences-none"> — named only in a caption or epigraph</span></li>
</ul></section>
</main></body></html>`;

test('nameIndexRecords: one kind:index record per entry, its heading and other spellings only', () => {
  const records = nameIndexRecords(namesPage, '/');
  assert.deepEqual(records, [
    {
      url: '/names/#name-mao-zedong',
      html: page(
        'Mao Zedong',
        '<span data-pagefind-meta="chapter:Index of names"></span><span data-pagefind-meta="section:Mao Zedong"></span><span data-pagefind-filter="kind:index"></span>',
        '<span class="index-heading">Mao Zedong</span><span class="variants"> in the text also Mao</span><span class="variants"> elsewhere spelled Mao Tse-tung</span>',
      ),
    },
    {
      url: '/names/#name-moscow',
      html: page(
        'Moscow',
        '<span data-pagefind-meta="chapter:Index of names"></span><span data-pagefind-meta="section:Moscow"></span><span data-pagefind-filter="kind:index"></span>',
        '<span class="index-heading">Moscow</span>',
      ),
    },
  ]);
});
