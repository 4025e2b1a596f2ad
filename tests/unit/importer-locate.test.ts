import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyBlocks } from '../../scripts/importer/blocks.ts';
import { blockAt, blockPlaces, placeOf } from '../../scripts/importer/locate.ts';
import { editorialRules } from '../../scripts/importer/rules/index.ts';
import { applySplicesMapped } from '../../scripts/importer/splice.ts';
import { structureEdition } from '../../scripts/importer/structure.ts';

// A miniature source, one block per entry, with where a reader finds each block in the edition.
const fixture: [text: string, path: string, anchor: string | null][] = [
  ["**MAO'S CHINA AND THE COLD WAR**", '/', null],
  // Chapter 2's tail, before the first chapter heading in the excerpt.
  ['and sabotage it from within.<sup>47</sup>', '/chapter-2/', 'p2-1'],
  ["### CHAPTER 3 MAO'S CONTINUOUS REVOLUTION", '/chapter-3/', null],
  ['*Never are there two suns in the heaven,  \n—Age-old Chinese proverb*', '/chapter-3/', null],
  ['No other event during the Cold War contributed more.<sup>1</sup>', '/chapter-3/', 'p3-1'],
  // One paragraph broken by the page: no closing punctuation, then a lower-case start.
  ['Mao Zedong issued his statement on 30 June 1949, and', '/chapter-3/', 'p3-2'],
  ['it was published at once.<sup>2</sup>', '/chapter-3/', 'p3-2'],
  ["### **The Alliance and China's Korean War Experience**", '/chapter-3/', 'the-alliance-and-chinas-korean-war-experience'],
  ['The treaty was signed in Moscow in February 1950, after', '/chapter-3/', 'p3-3'],
  ['*Joseph Stalin (center) and Mao Zedong, Moscow, 21 December 1949. Courtesy Shi Zhe.*', '/chapter-3/', 'p3-3'],
  ['two months of hard bargaining.<sup>3</sup>', '/chapter-3/', 'p3-3'],
  ['The leaders met in secret.', '/chapter-3/', 'p3-4'],
  ['非但波夫同志。', '/chapter-3/', 'telegram-1950-10-02'],
  ['毛澤東  \n一九五〇年十月二日', '/chapter-3/', 'telegram-1950-10-02'],
  ["The first and last pages of the handwritten draft of Mao Zedong's telegram to Stalin, 2 October 1950. CCP Central Archives.", '/chapter-3/', 'telegram-1950-10-02'],
  ['Mao told his colleagues that China must act.<sup>4</sup>', '/chapter-3/', 'p3-5'],
  ["## CHAPTER 4 CHINA'S STRATEGIES TO END THE KOREAN WAR, 1950–1953", '/chapter-4/', null],
  ['When China entered the Korean War in October 1950, Mao intended to win.<sup>1</sup>', '/chapter-4/', 'p4-1'],
  ['He soon learned otherwise.', '/chapter-4/', 'p4-2'],
];

const source = `${fixture.map(([t]) => t).join('\n\n')}\n`;
const blocks = classifyBlocks(source);

test('the fixture classifies as intended (the kinds the locations rely on)', () => {
  assert.deepEqual(
    blocks.map((b) => b.kind),
    [
      'title-page',
      'paragraph',
      'chapter-heading',
      'epigraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'section-heading',
      'paragraph',
      'photo-caption',
      'paragraph',
      'paragraph',
      'document',
      'document',
      'document-caption',
      'paragraph',
      'chapter-heading',
      'paragraph',
      'paragraph',
    ],
  );
});

/** The importer's own path: the rules edit the source, the structure numbers it, each source block is placed through the offset map. */
function placesOfSourceBlocks(text: string) {
  const sourceBlocks = classifyBlocks(text);
  const edited = applySplicesMapped(text, editorialRules.flatMap((r) => r.apply({ text, blocks: sourceBlocks })));
  const edition = structureEdition(edited.text);
  const places = blockPlaces(edition);
  return { sourceBlocks, edition, place: (offset: number) => placeOf(edition, places, edited.mapOffset(offset)) };
}

const asPath = (w: { chapter: number | null; anchor: string | null }) => [w.chapter === null ? '/' : `/chapter-${w.chapter}/`, w.anchor];

test('every block of the source is placed at the page and anchor a reader finds it at in the edition', () => {
  const { sourceBlocks, place } = placesOfSourceBlocks(source);
  assert.deepEqual(
    sourceBlocks.map((b) => [b.text, ...asPath(place(b.start))]),
    fixture,
  );
});

test('a paragraph continued across a page break has the id of its first part', () => {
  const { sourceBlocks, place } = placesOfSourceBlocks(source);
  const first = sourceBlocks.find((b) => b.text.startsWith('Mao Zedong issued'));
  const second = sourceBlocks.find((b) => b.text.startsWith('it was published'));
  assert.ok(first && second);
  assert.deepEqual(place(second.start), place(first.start));
  assert.deepEqual(place(second.start), { chapter: 3, anchor: 'p3-2' });
});

test('section ids come from the heading’s final text, after the editorial rules', () => {
  // The source heading is in capitals and bold; the edition's heading (and its id) is the title-cased text.
  const { edition } = placesOfSourceBlocks("### CHAPTER 3 X\n\nText.\n\n### **THE ALLIANCE'S GOLDEN YEARS**\n\nMore.\n");
  assert.deepEqual(
    edition.chapters[0].sections.map((s) => [s.title, s.id]),
    [
      [null, null],
      ['The Alliance’s Golden Years', 'the-alliances-golden-years'],
    ],
  );
});

test('paragraphs are numbered per chapter; the sections carry their first number and count', () => {
  const { edition } = placesOfSourceBlocks(source);
  assert.deepEqual(
    edition.chapters.map((c) => c.sections.map((s) => [s.firstParagraph, s.paragraphs.length])),
    [[[1, 1]], [[1, 2], [3, 3]], [[1, 2]]],
  );
});

test('blockAt finds the block an offset falls in, or the block before a blank gap', () => {
  const para = blocks.find((b) => b.text.startsWith('No other event'));
  assert.ok(para);
  const index = blocks.indexOf(para);
  assert.equal(blockAt(blocks, para.start), para);
  assert.equal(blockAt(blocks, para.start + 10), para);
  assert.equal(blockAt(blocks, para.end - 1), para);
  // para.end is the first newline of the blank gap; para.end + 1 the blank line itself.
  assert.equal(source.slice(para.end, blocks[index + 1].start), '\n\n');
  assert.equal(blockAt(blocks, para.end), para);
  assert.equal(blockAt(blocks, para.end + 1), para);
  assert.equal(blockAt(blocks, blocks[index + 1].start), blocks[index + 1]);
});

test('blockAt before the first block finds nothing', () => {
  const bs = classifyBlocks('\n\nText.\n');
  assert.equal(bs[0].start, 2);
  assert.equal(blockAt(bs, 0), undefined);
  assert.equal(blockAt(bs, 2), bs[0]);
});
