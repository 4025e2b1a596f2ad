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
import { EDITION_ADDITION_SELECTORS, PAGEFIND_EXCLUDE_SELECTORS } from '../../src/edition/markup.ts';
import { runSearch, type SearchDeps, type SearchOutcome } from '../../src/browser/search/engine.ts';
import { prepareQuery } from '../../src/browser/search/query.ts';
import { nodeSearch } from '../support/pagefind-node.ts';

let deps: SearchDeps;
before(async () => {
  deps = await nodeSearch();
});

/** A search with every result loaded (the UI loads a few records' passages at a time). */
async function search(q: string): Promise<SearchOutcome> {
  const query = prepareQuery(q);
  assert.equal(query.kind, 'search');
  const outcome = await runSearch(query as Extract<typeof query, { kind: 'search' }>, deps);
  assert.ok(outcome);
  while (await outcome.more());
  assert.ok(outcome.complete);
  return outcome;
}

/** A snippet's words, and the marked ones. */
const snippetText = (h: SearchOutcome['hits'][number]) => h.snippet.parts.map((p) => p.text).join('');
const marked = (h: SearchOutcome['hits'][number]) => h.snippet.parts.filter((p) => p.mark).map((p) => p.text);

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
  console.log(`search: Yudin → ${outcome.hits.length} passages in ${sections(outcome.hits).length} sections (${expected.length} sections mention him)`);
  assert.ok(expected.length >= 3);
  assert.deepEqual(sections(outcome.hits), expected);
  assert.deepEqual(outcome.hits.map((h) => h.url).sort(), paragraphsMatching(/\bYudin/));
});

test('Gao Gang: the first result is The Alliance’s Golden Years', async () => {
  const outcome = await search('Gao Gang');
  console.log(`search: Gao Gang → ${outcome.hits.length} passages`);
  assert.match(outcome.hits[0].label.where, /^Chapter 3 · The Alliance’s Golden Years$/);
  assert.ok(outcome.hits[0].phrase);
});

test('a multi-word name ranks the passages with it as a phrase first', async () => {
  const outcome = await search('Peng Dehuai');
  const phrases = outcome.hits.map((h) => h.phrase);
  console.log(`search: Peng Dehuai → ${outcome.hits.length} passages, ${phrases.filter(Boolean).length} with the phrase`);
  assert.ok(phrases[0]);
  assert.deepEqual(phrases, [...phrases].sort((a, b) => Number(b) - Number(a)), 'no phrase hit after a non-phrase hit');
});

test('diacritics are folded: Lushun finds Lüshun', async () => {
  const outcome = await search('Lushun');
  assert.deepEqual(sections(outcome.hits), ['/chapter-3/#the-alliances-golden-years']);
  assert.match(marked(outcome.hits[0])[0], /^Lüshun/);
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
    console.log(`search: ${typed} → ${text}: ${phrased.length} sections with ${text} (${outcome.hits.length} passages in all)`);
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
    console.log(`search: ${q} → ${outcome.hits.length} result(s)`);
    assert.deepEqual(outcome.hits.map((h) => h.url), ['/documents/telegram-1950-10-02/']);
    assert.ok(marked(outcome.hits[0]).some((m) => m.includes(q.slice(0, 2))), JSON.stringify(outcome.hits[0].snippet));
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

/** The words of the paragraph a result lands on, as indexed (the book's text without its note numbers). */
function paragraphText(url: string): string {
  const [path, id] = url.split('#');
  const tree = fromHtml(readFileSync(`dist${path}index.html`, 'utf8'));
  const excluded = new Set(PAGEFIND_EXCLUDE_SELECTORS.flatMap((sel) => selectAll(sel, tree)));
  remove(tree, (node) => excluded.has(node as Element));
  const p = (selectAll(`#${id}`, tree) as Element[])[0];
  assert.ok(p, url);
  return toText(p).replace(/\s+/g, ' ').trim();
}

test('labels tell passages apart: each names its chapter, section and paragraph number', async () => {
  const outcome = await search('Yudin');
  const labels = outcome.hits.map((h) => `${h.label.where} · ¶${h.label.paragraph}`);
  console.log(`search: Yudin labels ${labels.join(' | ')}`);
  assert.equal(new Set(labels).size, labels.length, 'two results with the same label');
  for (const h of outcome.hits) {
    assert.equal(`#p3-${h.label.paragraph}`, `#${h.url.split('#')[1]}`, 'the number is the paragraph it lands on');
    assert.match(h.label.where, /^Chapter 3 · (Accumulated Tension|From Tension to Crisis|Further Deepening of the Crisis)$/);
  }
});

test('the document result is labelled as the document, not its chapter', async () => {
  const outcome = await search('毛澤東');
  assert.equal(outcome.hits[0].url, '/documents/telegram-1950-10-02/');
  assert.match(outcome.hits[0].label.where, /^Document · The first and last pages of the handwritten draft of Mao Zedong’s telegram to Stalin, 2 October 1950$/);
});

test('snippets show an ellipsis exactly where they cut the passage', async () => {
  const outcome = await search('Yudin');
  for (const h of outcome.hits) {
    const whole = paragraphText(h.url);
    const shown = snippetText(h).trim();
    assert.ok(whole.includes(shown), `${h.url}: the snippet is not the paragraph's words: ${shown}`);
    assert.equal(h.snippet.cutBefore, !whole.startsWith(shown), `${h.url}: cut before? ${shown}`);
    assert.equal(h.snippet.cutAfter, !whole.endsWith(shown), `${h.url}: cut after? ${shown}`);
  }
});

test('a phrase query shows the phrase in the snippets of the passages that have it, and those come first', async () => {
  const outcome = await search('Mao Zedong');
  const withPhrase = paragraphsMatching(/Mao Zedong/).length;
  console.log(`search: Mao Zedong → ${outcome.hits.length} passages, ${withPhrase} paragraphs with the phrase`);
  assert.ok(withPhrase >= 3);
  for (const h of outcome.hits.slice(0, withPhrase)) assert.ok(marked(h).some((m) => /^Mao\s+Zedong/.test(m)), `${h.url}: ${snippetText(h)}`);
});

test('every passage found has the word: a section’s title does not make its paragraphs match', async () => {
  for (const q of ['tension', 'crisis', 'chapter']) {
    const outcome = await search(q);
    const unmarked = outcome.hits.filter((h) => marked(h).length === 0).map((h) => h.url);
    assert.deepEqual(unmarked, [], `${q}: passages without the word`);
  }
});

test('another name is answered with whom it names: Filippov', async () => {
  const outcome = await search('Filippov');
  assert.deepEqual(outcome.variants, [{ typed: 'Filippov', text: 'Stalin', name: 'Joseph Stalin' }]);
  assert.ok(outcome.hits.length > 0);
});
