/**
 * The scholar's apparatus in the built site: the index of names against the
 * text, abbreviations, and the About page's list of editorial changes.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { remove } from 'unist-util-remove';
import { chapterPath } from '../../src/edition/addresses.ts';
import { changeRecord, names as namesFormat } from '../../src/edition/formats/index.ts';
import { EDITION_ADDITION_SELECTORS } from '../../src/edition/markup.ts';
import { readData } from '../../src/lib/read-data.ts';

const page = (path: string): Root => fromHtml(readFileSync(`dist/${path}index.html`, 'utf8'));
const names = readData(namesFormat, 'content/names.json').entries;
const changes = readData(changeRecord, 'content/edition/changes.json').changes;

/** The text of every paragraph of the chapter pages, read from the built HTML without the edition's additions. */
const paragraphs = new Map<string, string>();
for (const n of [2, 3, 4]) {
  const tree = page(`chapter-${n}/`);
  const additions = new Set(EDITION_ADDITION_SELECTORS.flatMap((s) => selectAll(s, tree)));
  remove(tree, (node) => additions.has(node as Element));
  for (const p of selectAll('article.chapter > .section > p[id], article.chapter > .section > blockquote[id]', tree) as Element[]) {
    paragraphs.set(`/chapter-${n}/#${p.properties.id}`, toText(p));
  }
}

const wholeWord = (s: string) => new RegExp(`(?<![\\p{L}\\p{N}])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
const index = page('names/');
const entryLinks = (id: string) => selectAll(`#name-${id} .occurrences a`, index) as Element[];

test('index of names: for twelve names, the occurrences listed equal the mentions counted in the text', () => {
  const checked = ['yudin', 'gao-gang', 'peng-dehuai', 'malinovskii', 'zhou-enlai', 'lushun', 'jinmen', 'molotov', 'beria', 'rochshin', 'ke-qingshi', 'wang-ming'];
  for (const id of checked) {
    const entry = names.find((e) => e.id === id);
    assert.ok(entry, `${id} is in names.json`);
    // Count independently: each mention string, longest first, masking what it matched.
    let counted = 0;
    for (const text of paragraphs.values()) {
      let rest = text;
      for (const m of [...entry.mentions].sort((a, b) => b.length - a.length)) {
        counted += (rest.match(wholeWord(m)) ?? []).length;
        rest = rest.replace(wholeWord(m), ' ');
      }
    }
    const listed = entryLinks(id).reduce((n, a) => n + Number(a.properties.dataCount), 0);
    console.log(`names: ${entry.name}: ${listed} listed, ${counted} in the text`);
    assert.ok(counted > 0, `${entry.name} is mentioned`);
    assert.equal(listed, counted, entry.name);
  }
});

test('index of names: every occurrence links to a paragraph that names the entry', () => {
  let links = 0;
  for (const entry of names) {
    for (const a of entryLinks(entry.id)) {
      const href = String(a.properties.href);
      const text = paragraphs.get(href);
      assert.ok(text !== undefined, `${entry.name}: ${href} is not a paragraph`);
      assert.ok(entry.mentions.some((m) => wholeWord(m).test(text)), `${entry.name}: ${href} does not name it`);
      links += 1;
    }
  }
  console.log(`names: ${names.length} entries, ${links} occurrence links`);
  assert.ok(links > 500);
});

test('index of names: every cross-reference resolves to an entry', () => {
  const refs = selectAll('li.see a', index) as Element[];
  assert.ok(refs.length > 100);
  for (const a of refs) assert.ok(select(String(a.properties.href), index), `${a.properties.href} has no entry`);
});

test('every <abbr> has a title; the first use in each chapter is spelt out', () => {
  for (const n of [2, 3, 4]) {
    const tree = page(`chapter-${n}/`);
    const abbrs = selectAll('article.chapter abbr', tree) as Element[];
    assert.ok(abbrs.length > 0);
    const seen = new Set<string>();
    for (const abbr of abbrs) {
      const title = String(abbr.properties.title ?? '');
      assert.notEqual(title, '', `chapter ${n}: <abbr>${toText(abbr)}</abbr> has no title`);
      const term = toText(abbr);
      if (seen.has(term)) continue;
      seen.add(term);
      // Spelt out by the edition right after it, or by the text itself just before it.
      const html = readFileSync(`dist/chapter-${n}/index.html`, 'utf8');
      const at = html.indexOf(`<abbr title="${title}">${term}</abbr>`);
      const after = html.slice(at, at + 200);
      const before = html.slice(Math.max(0, at - 200), at);
      assert.ok(
        /^<abbr[^>]*>[^<]*<\/abbr>(’s)?<span class="abbr-expansion"> \[/.test(after) || before.endsWith(`${title} (`),
        `chapter ${n}: the first ${term} is not spelt out`,
      );
    }
  }
});

test('About page: every recorded change is listed, linked to an existing place in the text', () => {
  const about = page('about/');
  const items = selectAll('.change-list li', about) as Element[];
  assert.equal(items.length, changes.length);
  const pages = new Map<string, Root>();
  for (const li of items) {
    const href = String((select('a', li) as Element).properties.href);
    const [path, anchor] = href.split('#');
    const target = pages.get(path) ?? page(path.slice(1));
    pages.set(path, target);
    if (anchor) assert.ok(select(`[id="${anchor}"]`, target), `${href} does not exist`);
  }
  // A rejoined word is found in the paragraph its change links to.
  for (const c of changes.filter((c) => c.rule === 'rejoin-hyphenated-words')) {
    const word = /→ (\S+):/.exec(c.note ?? '')?.[1] ?? '';
    const place = `${chapterPath(c.where.chapter ?? 0)}#${c.where.anchor}`;
    assert.ok(paragraphs.get(place)?.includes(word), `${word} is not in ${place}`);
  }
});
