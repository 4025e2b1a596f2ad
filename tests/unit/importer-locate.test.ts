import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyBlocks } from '../../scripts/importer/blocks.ts';
import { blockAt, blockLocations } from '../../scripts/importer/locate.ts';

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
  ["The first and last pages of the handwritten draft of Mao Zedong's telegram to Stalin. CCP Central Archives.", '/chapter-3/', 'telegram-1950-10-02'],
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

test('blockLocations gives every block the page and anchor a reader finds it at', () => {
  const where = blockLocations(blocks, ['telegram-1950-10-02']);
  assert.equal(where.size, fixture.length);
  assert.deepEqual(
    blocks.map((b) => {
      const w = where.get(b);
      return [b.text, w?.path, w?.anchor];
    }),
    fixture,
  );
});

test('a paragraph continued across a page break has the id of its first part', () => {
  const where = blockLocations(blocks, ['telegram-1950-10-02']);
  const first = blocks.find((b) => b.text.startsWith('Mao Zedong issued'));
  const second = blocks.find((b) => b.text.startsWith('it was published'));
  assert.ok(first && second);
  assert.deepEqual(where.get(second), where.get(first));
  assert.deepEqual(where.get(second), { path: '/chapter-3/', anchor: 'p3-2' });
});

test('without a document id the document falls back to the paragraph before it', () => {
  const where = blockLocations(blocks);
  const telegram = blocks.filter((b) => b.kind === 'document' || b.kind === 'document-caption');
  assert.equal(telegram.length, 3);
  for (const b of telegram) assert.deepEqual(where.get(b), { path: '/chapter-3/', anchor: 'p3-4' });
});

test('section slugs are counted per chapter: a repeated heading gets -1, a new chapter starts afresh', () => {
  const text = '### CHAPTER 3 X\n\n### Breakdown\n\nText.\n\n### Breakdown\n\nMore.\n\n## CHAPTER 4 Y\n\n### Breakdown\n';
  const bs = classifyBlocks(text);
  const where = blockLocations(bs);
  assert.deepEqual(
    bs.filter((b) => b.kind === 'section-heading').map((b) => where.get(b)),
    [
      { path: '/chapter-3/', anchor: 'breakdown' },
      { path: '/chapter-3/', anchor: 'breakdown-1' },
      { path: '/chapter-4/', anchor: 'breakdown' },
    ],
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
