import assert from 'node:assert/strict';
import { test } from 'node:test';
import { median, table, verdict } from '../../scripts/bench/report.ts';
import { longestSerialChain } from '../../scripts/bench/round-trips.ts';
import { searchPart } from '../../scripts/bench/search-parts.ts';

const r = (id: string, start: number, end: number) => ({ id, start, end });

test('longestSerialChain: overlapping requests are one round trip; each link starts after the last one ended', () => {
  // pagefind.js, then entry.json, then metadata + wasm together, then index + filter together, then two fragments together.
  const requests = [r('js', 0, 300), r('entry', 310, 470), r('meta', 480, 640), r('wasm', 480, 1100), r('index', 1110, 1300), r('filter', 1110, 1270), r('f1', 1310, 1460), r('f2', 1305, 1470)];
  assert.equal(longestSerialChain(requests).length, 5);
  const chain = longestSerialChain(requests);
  for (let i = 1; i < chain.length; i++) assert.ok(chain[i].start >= chain[i - 1].end);
});

test('longestSerialChain: only requests from the given time; all parallel is one; none is none; unfinished ones do not count', () => {
  const requests = [r('before', 0, 100), r('a', 200, 400), r('b', 210, 380), r('c', 220, 500)];
  assert.equal(longestSerialChain(requests, 150).length, 1);
  assert.equal(longestSerialChain(requests).length, 2);
  assert.equal(longestSerialChain([], 0).length, 0);
  assert.equal(longestSerialChain([r('x', 0, Number.POSITIVE_INFINITY)]).length, 0);
  // A request that starts exactly as another ends follows it.
  assert.equal(longestSerialChain([r('a', 0, 100), r('b', 100, 200)]).length, 2);
});

test('searchPart: each of Pagefind’s files, the edition’s code and the index of names', () => {
  const o = 'http://127.0.0.1:4421';
  assert.equal(searchPart(`${o}/search-ui.js`), 'edition code');
  assert.equal(searchPart(`${o}/search-ui-search-ABC.js`), 'edition code');
  assert.equal(searchPart(`${o}/pagefind/pagefind.js`), 'pagefind js');
  assert.equal(searchPart(`${o}/pagefind/pagefind-entry.json`), 'entry');
  assert.equal(searchPart(`${o}/pagefind/wasm.en.pagefind`), 'wasm');
  assert.equal(searchPart(`${o}/pagefind/pagefind.en_7e.pf_meta`), 'metadata');
  assert.equal(searchPart(`${o}/pagefind/filter/en_1.pf_filter`), 'filter');
  assert.equal(searchPart(`${o}/pagefind/index/en_2.pf_index`), 'index chunk');
  assert.equal(searchPart(`${o}/pagefind-zh/fragment/zh_3.pf_fragment`), 'fragments');
  assert.equal(searchPart(`${o}/names/y/index.html`), 'names');
  assert.equal(searchPart(`${o}/book/pagefind/pagefind.js`, '/book/'), 'pagefind js');
});

test('verdict: met, missed, not measured; ≥ targets', () => {
  const show = (n: number) => `${n} ms`;
  assert.equal(verdict('1a', 'x', 500, 600, show).status, 'met');
  assert.equal(verdict('1a', 'x', 600, 600, show).status, 'met');
  assert.equal(verdict('1a', 'x', 601, 600, show).status, 'missed');
  assert.equal(verdict('1a', 'x', undefined, 600, show).status, 'not measured');
  assert.equal(verdict('L', 'x', 99, 100, show, true).status, 'missed');
  assert.equal(verdict('L', 'x', 600, 600, show).target, '≤ 600 ms');
});

test('table pads columns; median of odd and even counts', () => {
  assert.equal(table([['a', 'bb'], ['ccc', 'd']]), 'a   | bb\n----|---\nccc | d');
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.ok(Number.isNaN(median([])));
});

test('convertMdx (the Starlight peer): the edition’s components become plain HTML, every word kept', async () => {
  const { convertMdx } = await import('../../scripts/bench/peer.ts');
  const documents = new Map([['telegram-1950-10-02', { caption: 'Mao’s telegram, 2 October 1950.', credit: 'CCP Central Archives.', body: '非但波夫同志。\n\n~~struck~~ kept' }]]);
  const mdx = [
    'Stalin disappointed Mao.<Sidenote chapter={3} n={14} /> Then {"x"}.',
    '<Epigraph attribution={"—Age-old Chinese proverb"}>\nNever are there two suns in the heaven,<br />\nNever should there be two emperors.\n</Epigraph>',
    '<Photograph credit={"Courtesy Shi Zhe \\"personal\\" collection."}>\nJoseph Stalin and Mao Zedong.\n</Photograph>',
    '<Document id={"telegram-1950-10-02"} />',
  ].join('\n\n');
  const out = convertMdx(mdx, documents);
  assert.doesNotMatch(out, /<(Sidenote|Epigraph|Photograph|Document)\b/);
  assert.match(out, /Mao\.<sup>14<\/sup> Then/);
  assert.match(out, /<blockquote>\nNever are there two suns in the heaven,<br \/>\nNever should there be two emperors.\n<p>\{"—Age-old Chinese proverb"\}<\/p>\n<\/blockquote>/);
  assert.match(out, /<figure>\n<figcaption>\nJoseph Stalin and Mao Zedong. \{"Courtesy Shi Zhe \\"personal\\" collection."\}\n<\/figcaption>\n<\/figure>/);
  assert.match(out, /<figure>\n\n非但波夫同志。\n\n~~struck~~ kept\n\n<figcaption>\{"Mao’s telegram, 2 October 1950. CCP Central Archives."\}<\/figcaption>/);
  assert.throws(() => convertMdx('<Document id={"nope"} />', documents), /no document nope/);
});
