import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type BlockKind, classifyBlocks } from '../../scripts/importer/blocks.ts';

// A miniature of the source's shapes, one block per entry, each with the kind it must get.
const fixture: [string, BlockKind][] = [
  ['**THE NEW COLD WAR HISTORY**', 'title-page'],
  ['*John Lewis Gaddis, editor*', 'title-page'],
  ["**MAO'S CHINA AND  \nTHE COLD WAR**", 'title-page'],
  ['The University of North Carolina Press  \nChapel Hill & London', 'title-page'],
  ['and sabotage it from within.<sup>47</sup>', 'paragraph'],
  ["### CHAPTER 3 MAO'S CONTINUOUS REVOLUTION", 'chapter-heading'],
  ['*Never are there two suns in the heaven,  \nNever should there be two emperors on the earth.  \n—Age-old Chinese proverb*', 'epigraph'],
  ['No other event during the Cold War contributed more.<sup>1</sup>', 'paragraph'],
  ['### The "Lean-to-One-Side" Approach', 'section-heading'],
  ['Mao Zedong issued his statement on 30 June 1949, and', 'paragraph'],
  ['*Joseph Stalin (center) and Mao Zedong, Moscow, 21 December 1949. Courtesy Shi Zhe.*', 'photo-caption'],
  ['it was published at once.<sup>2</sup>', 'paragraph'],
  ['### **The Alliance and China\'s Korean War Experience**', 'section-heading'],
  ['the CCP leadership held a series of strictly secret', 'paragraph'],
  ['非但波夫同志。', 'document'],
  ['50/50', 'document'],
  ['十一月一日電收到。~~我們認為~~', 'document'],
  ['毛澤東  \n一九五〇年十月二日', 'document'],
  ["The first and last pages of the handwritten draft of Mao Zedong's telegram to Stalin, 2 October 1950. CCP Central Archives.", 'document-caption'],
  ['meetings to discuss the Korean issue. Mao told his colleagues:<sup>3</sup>', 'paragraph'],
  ['We must enter the war.', 'block-quote'],
  ['## CHAPTER 4 CHINA\'S STRATEGIES TO END THE KOREAN WAR, 1950–1953', 'chapter-heading'],
  ['*Resist America! Assist Korea!*', 'epigraph'],
  ['*Defend our nation! Defend our home!*', 'epigraph'],
  ['—Chinese slogans during the Korean War', 'epigraph'],
  ['When China entered the Korean War in October 1950, Mao intended to win.<sup>1</sup>', 'paragraph'],
  ['*Mao Zedong greets Nikita Khrushchev at the Beijing airport, 31 July 1958.  \nXinhua News Agency.*', 'photo-caption'],
];

const text = `\n\n${fixture.map(([t]) => t).join('\n\n')}\n`;

test('classifyBlocks gives every block of the fixture its kind', () => {
  assert.deepEqual(
    classifyBlocks(text).map((b) => [b.text, b.kind]),
    fixture,
  );
});

test('block offsets locate the block text in the source', () => {
  for (const b of classifyBlocks(text)) assert.equal(text.slice(b.start, b.end), b.text);
});

test('a document followed by a lower-case paragraph has no caption: the paragraph continues', () => {
  const kinds = classifyBlocks('### Section\n\nheld a series of secret\n\n毛澤東\n\nmeetings to discuss it.\n').map((b) => b.kind);
  assert.deepEqual(kinds, ['section-heading', 'paragraph', 'document', 'paragraph']);
});

test('an italic block later in a chapter is a caption, not an epigraph', () => {
  const kinds = classifyBlocks('### CHAPTER 3 X\n\nText.\n\n*A caption. Xinhua.*\n').map((b) => b.kind);
  assert.deepEqual(kinds, ['chapter-heading', 'paragraph', 'photo-caption']);
});
