/**
 * Search against the built Pagefind index, through the same engine the browser
 * uses (src/browser/search/engine.ts). Expected counts are found independently, by reading
 * the built pages' sections. Run after `npm run build`.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, test } from 'node:test';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { remove } from 'unist-util-remove';
import { EDITION_ADDITION_SELECTORS } from '../../src/edition/markup.ts';
import { runSearch, type SearchDeps, type SearchOutcome } from '../../src/browser/search/engine.ts';
import { prepareQuery } from '../../src/browser/search/query.ts';
import { nodeSearch } from '../support/pagefind-node.ts';

let deps: SearchDeps;
before(async () => {
  deps = await nodeSearch();
});

/** A search with every result loaded (the UI loads them ten at a time). */
async function search(q: string): Promise<SearchOutcome> {
  const query = prepareQuery(q);
  assert.equal(query.kind, 'search');
  const outcome = await runSearch(query as Extract<typeof query, { kind: 'search' }>, deps);
  while (await outcome.more());
  assert.equal(outcome.hits.length, outcome.total);
  return outcome;
}

/** Each id on the chapter pages (paragraphs, headings) → the address of its section. */
const sectionOfId = new Map<string, string>();
for (const n of [2, 3, 4]) {
  const tree = fromHtml(readFileSync(`dist/chapter-${n}/index.html`, 'utf8'));
  for (const part of selectAll('article.chapter > .section', tree) as Element[]) {
    const heading = (selectAll('h2', part) as Element[])[0];
    const section = `/chapter-${n}/${heading ? `#${heading.properties.id}` : ''}`;
    sectionOfId.set(section, section);
    for (const e of selectAll('[id]', part) as Element[]) sectionOfId.set(`/chapter-${n}/#${e.properties.id}`, section);
  }
}
const sectionOf = (url: string) => sectionOfId.get(url) ?? url;
/** The sections the results fall in, each once, sorted. */
const sections = (hits: SearchOutcome['hits']) => [...new Set(hits.map((h) => sectionOf(h.url)))].sort();

/** A chapter page without the edition's additions (note texts, spelt-out abbreviations): the book's text only. */
function chapterTree(n: number) {
  const tree = fromHtml(readFileSync(`dist/chapter-${n}/index.html`, 'utf8'));
  const additions = new Set(EDITION_ADDITION_SELECTORS.flatMap((s) => selectAll(s, tree)));
  remove(tree, (node) => additions.has(node as Element));
  return tree;
}

/** Every section of the chapter pages whose text matches `re`, as /chapter-N/#id (or /chapter-N/ for an opening). */
function sectionsMatching(re: RegExp): string[] {
  const found: string[] = [];
  for (const n of [2, 3, 4]) {
    const tree = chapterTree(n);
    for (const part of selectAll('article.chapter > .section', tree) as Element[]) {
      const heading = (selectAll('h2', part) as Element[])[0];
      const text = toText(part).replace(/\s+/g, ' ');
      if (re.test(text)) found.push(`/chapter-${n}/${heading ? `#${heading.properties.id}` : ''}`);
    }
  }
  return found.sort();
}

/** Paragraphs of the chapter pages whose text matches `re`, as /chapter-N/#id. */
function paragraphsMatching(re: RegExp): string[] {
  const found: string[] = [];
  for (const n of [2, 3, 4]) {
    const tree = chapterTree(n);
    for (const p of selectAll('article.chapter > .section > p[id], article.chapter > .section > blockquote[id]', tree) as Element[]) {
      if (re.test(toText(p))) found.push(`/chapter-${n}/#${p.properties.id}`);
    }
  }
  return found.sort();
}

test('Yudin: every paragraph, and so every section, that mentions him is offered', async () => {
  const expected = sectionsMatching(/\bYudin/);
  const outcome = await search('Yudin');
  console.log(`search: Yudin → ${outcome.total} passages in ${sections(outcome.hits).length} sections (${expected.length} sections mention him)`);
  assert.ok(expected.length >= 3);
  assert.deepEqual(sections(outcome.hits), expected);
  assert.deepEqual(outcome.hits.map((h) => h.url).sort(), paragraphsMatching(/\bYudin/));
});

test('Gao Gang: the first result is The Alliance’s Golden Years', async () => {
  const outcome = await search('Gao Gang');
  console.log(`search: Gao Gang → ${outcome.total} passages`);
  assert.equal(outcome.hits[0].section, 'The Alliance’s Golden Years');
  assert.ok(outcome.hits[0].phrase);
});

test('a multi-word name ranks the passages with it as a phrase first', async () => {
  const outcome = await search('Peng Dehuai');
  const phrases = outcome.hits.map((h) => h.phrase);
  console.log(`search: Peng Dehuai → ${outcome.total} passages, ${phrases.filter(Boolean).length} with the phrase`);
  assert.ok(phrases[0]);
  assert.deepEqual(phrases, [...phrases].sort((a, b) => Number(b) - Number(a)), 'no phrase hit after a non-phrase hit');
});

test('diacritics are folded: Lushun finds Lüshun', async () => {
  const outcome = await search('Lushun');
  assert.deepEqual(sections(outcome.hits), ['/chapter-3/#the-alliances-golden-years']);
  assert.match(outcome.hits[0].excerpt, /<mark>Lüshun/);
});

/** Spellings the text does not use → the spelling it does. */
const VARIANTS: [string, string][] = [
  ['Mao Tse-tung', 'Mao Zedong'],
  ['Chou En-lai', 'Zhou Enlai'],
  ['Chiang Kai-shek', 'Jiang Jieshi'],
  ['Kuomintang', 'Guomindang'],
  ['Peking', 'Beijing'],
  ['Malinovsky', 'Malinovskii'],
  ['Roshchin', 'Nikolai Rochshin'],
  ['KMT', 'GMD'],
  ['Kao Kang', 'Gao Gang'],
  ['Teng Hsiao-ping', 'Deng Xiaoping'],
];

for (const [typed, text] of VARIANTS) {
  test(`variant spelling: ${typed} finds the passages on ${text}`, async () => {
    const outcome = await search(typed);
    const expected = sectionsMatching(new RegExp(`(?<!\\p{L})${text}(?!\\p{L})`, 'u'));
    const phrased = sections(outcome.hits.filter((h) => h.phrase));
    console.log(`search: ${typed} → ${text}: ${phrased.length} sections with ${text} (${outcome.total} passages in all)`);
    assert.deepEqual(outcome.variants.map((v) => v.text), [text], 'the reader is told the text’s spelling');
    assert.deepEqual(phrased, expected, 'every section using the text’s spelling');
    const firstNonPhrase = outcome.hits.findIndex((h) => !h.phrase);
    assert.ok(firstNonPhrase === -1 || outcome.hits.slice(firstNonPhrase).every((h) => !h.phrase), 'passages with the spelling come first');
  });
}

test('the index of names is searchable: a variant spelling offers the name’s entry', async () => {
  for (const [q, entry] of [
    ['Chou En-lai', '/names/z/#name-zhou-enlai'],
    ['Yudin', '/names/y/#name-yudin'],
    ['Port Arthur', '/names/l/#name-lushun'],
  ]) {
    const outcome = await search(q);
    assert.equal(outcome.indexEntries[0]?.url, entry, q);
  }
});

test('a spelling the text gives in parentheses finds its passage directly: Quemoy', async () => {
  const outcome = await search('Quemoy');
  assert.deepEqual(outcome.hits.map((h) => h.url), paragraphsMatching(/Jinmen \(Quemoy\)/));
});

test('Chinese: words inside the telegram find it', async () => {
  for (const q of ['朝鮮', '志願軍']) {
    const outcome = await search(q);
    console.log(`search: ${q} → ${outcome.total} result(s)`);
    assert.deepEqual(outcome.hits.map((h) => h.url), ['/documents/telegram-1950-10-02/']);
    assert.match(outcome.hits[0].excerpt, new RegExp(`<mark>[^<]*${q.slice(0, 2)}`));
  }
});

test('a word the text does not have finds nothing', async () => {
  const outcome = await search('Brezhnev');
  assert.equal(outcome.hits.length, 0);
});

test('the index holds the reading text only: no navigation, permalinks or note placeholders', async () => {
  // Words of the edition's own chrome that the book never uses.
  for (const q of ['excerpt', 'Superscript', 'Photograph', 'Skip']) {
    const outcome = await search(q);
    assert.equal(outcome.hits.length, 0, `${q} is indexed`);
  }
});
