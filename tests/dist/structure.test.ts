/**
 * What the built chapter pages must contain, read from dist/ (run after `npm run build`).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { CHAPTER_3_SECTIONS } from '../support/site.ts';

const page = (path: string): Root => fromHtml(readFileSync(`dist/${path}`, 'utf8'));
const ids = (tree: Root, selector: string) => (selectAll(selector, tree) as Element[]).map((e) => String(e.properties.id));
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

test('every note marker becomes a sidenote, numbered as in the source; the marker links to it, its number closes it', () => {
  const expected: Record<string, number[]> = { 'chapter-2': range(47, 49), 'chapter-3': range(1, 164), 'chapter-4': range(1, 3) };
  let total = 0;
  for (const [chapter, numbers] of Object.entries(expected)) {
    const tree = page(`${chapter}/index.html`);
    const markers = selectAll('a.note-ref', tree) as Element[];
    assert.deepEqual(markers.map((a) => a.properties.href), numbers.map((n) => `#note-${n}`), chapter);
    assert.deepEqual(ids(tree, '.sidenote'), numbers.map((n) => `note-${n}`), chapter);
    for (const n of numbers) {
      const close = select(`#note-${n} > a`, tree);
      assert.equal(close?.properties.href, '#notes-closed', `note ${n} closes by its number`);
      assert.equal(close?.properties.tabIndex, -1);
      assert.equal(toText(close!), String(n));
    }
    assert.ok(select('#notes-closed[hidden]', tree), `${chapter}: the close target`);
    total += numbers.length;
  }
  assert.equal(total, 170);
});

test('chapter 3 has its two epigraphs, its opening and seven sections in order, each with a permalink', () => {
  const tree = page('chapter-3/index.html');
  assert.equal(selectAll('.epigraph', tree).length, 2);
  assert.deepEqual(ids(tree, 'article.chapter h2'), CHAPTER_3_SECTIONS);
  for (const h of selectAll('article.chapter h2', tree) as Element[]) {
    assert.ok(select(`a.permalink[href="#${h.properties.id}"]`, h), `permalink in ${h.properties.id}`);
  }
  assert.match(toText(select('h1', tree) as Element), /^Chapter 3\s+Mao’s Continuous Revolution and the Rise and Demise of the Sino-Soviet Alliance, 1949–1963$/);
});

test('figures: three photographs as placeholders with captions, the telegram in Chinese with its struck passage', () => {
  const tree = page('chapter-3/index.html');
  assert.equal(selectAll('figure.photograph', tree).length, 3);
  assert.equal(selectAll('figure.photograph img', tree).length, 0, 'no broken images');
  for (const f of selectAll('figure.photograph', tree) as Element[]) {
    assert.match(toText(select('figcaption', f) as Element), /\S/);
    assert.ok(select('.credit', f));
  }
  const transcription = select('figure.document .transcription', tree) as Element;
  assert.equal(transcription.properties.lang, 'zh-Hant');
  assert.match(toText(select('del', transcription) as Element), /^我們認為，如果我們派軍隊/);
  assert.match(toText(select('figure.document figcaption', tree) as Element), /^The first and last pages of the handwritten draft/);
});

test('the figure interrupting a paragraph follows the whole paragraph', () => {
  const tree = page('chapter-3/index.html');
  const photo = select('figure.photograph', tree) as Element;
  const section = select('section:has(figure.photograph)', tree) as Element;
  const blocks = section.children.filter((c): c is Element => c.type === 'element');
  const before = blocks[blocks.indexOf(photo) - 1];
  assert.match(toText(before), /the post­?victory revolution at home\. With the backing/);
  assert.equal((selectAll('a.note-ref', before) as Element[]).at(-1)?.properties.href, '#note-18');
});

test('block quotation (its paragraph number first), pinyin and titles are marked up as such', () => {
  const tree = page('chapter-3/index.html');
  assert.match(toText(select('article.chapter > section blockquote', tree) as Element), /^67 Our revolutions come one after another\./);
  const pinyin = (selectAll('[lang="zh-Latn-pinyin"]', tree) as Element[]).map((e) => toText(e));
  assert.deepEqual(pinyin, ['jie le gaizi', 'tong le louzi', 'Renmin ribao', 'Renmin ribao', 'maojin']);
  assert.deepEqual((selectAll('cite', page('chapter-2/index.html')) as Element[]).map((e) => toText(e)).filter((t) => t === 'China White Paper'), ['China White Paper']);
});

test('chapter 2 is marked as opening mid-chapter without an invented title; chapter 4 as ending mid-sentence', () => {
  const two = page('chapter-2/index.html');
  assert.equal(toText(select('h1', two) as Element).trim(), 'Chapter 2');
  assert.match(toText(select('.editorial-note', two) as Element), /opens partway through this chapter/);
  const four = page('chapter-4/index.html');
  assert.match(toText(select('.excerpt-end', four) as Element), /ends here, in mid-sentence/);
  assert.doesNotMatch(toText(select('.editorial-note', four) as Element), /opens partway/);
});

test('the home page is the title page and contents, linking every chapter and section', () => {
  const tree = page('index.html');
  const text = toText(select('.title-page', tree) as Element);
  for (const part of ['The New Cold War History', 'John Lewis Gaddis, editor', 'Mao’s China and', 'the Cold War', 'Chen Jian', 'The University of North Carolina Press', 'Chapel Hill & London']) {
    assert.ok(text.includes(part), part);
  }
  const links = (selectAll('.contents a', tree) as Element[]).map((a) => String(a.properties.href));
  assert.ok(links.includes('/chapter-2/') && links.includes('/chapter-4/'));
  assert.equal(links.filter((l) => l.startsWith('/chapter-3/#')).length, 7);
  assert.match(toText(select('.about-excerpt', tree) as Element), /opens partway through Chapter 2/);
});

test('no sentence runs into the next: in every paragraph of every page a full stop is followed by a space', async () => {
  const { builtPages } = await import('../support/site.ts');
  const joined: string[] = [];
  for (const path of builtPages()) {
    const file = path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1);
    for (const p of selectAll('p', page(file)) as Element[]) {
      const text = toText(p);
      // A lower-case letter or a closing bracket, the sentence's end, and straight on a capital or an opening quotation mark.
      for (const m of text.matchAll(/[a-z)][.!?][A-Z“]/g)) joined.push(`${path}: …${text.slice(Math.max(0, m.index - 20), m.index + 20)}…`);
    }
  }
  assert.deepEqual(joined, []);
});
