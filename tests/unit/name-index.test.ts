import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileAs, indexLines, letterOf, mentionMatcher, type NameEntry, occurrenceGroups, occurrences, type Paragraph, shownVariants } from '../../src/lib/name-index.ts';

const entry = (id: string, indexAs: string, mentions: string[], variants: string[] = [], kind: NameEntry['kind'] = 'person'): NameEntry => ({
  id,
  name: indexAs,
  kind,
  indexAs,
  mentions,
  variants,
});

const para = (id: string, text: string, section: string | null = null): Paragraph => ({ id, chapter: Number(id.split('-')[0].slice(1)), section, text });

const mao = entry('mao-zedong', 'Mao Zedong', ['Mao Zedong', 'Mao'], ['Mao Tse-tung']);
const taiwan = entry('taiwan', 'Taiwan', ['Taiwan'], [], 'place');
const strait = entry('taiwan-strait', 'Taiwan Strait', ['Taiwan Strait'], [], 'place');
const stalin = entry('stalin', 'Stalin, Joseph', ['Joseph Stalin', 'Stalin']);
const yudin = entry('yudin', 'Yudin, Pavel', ['Pavel Yudin', 'Yudin']);

const matches = (entries: NameEntry[], text: string) => {
  const { pattern, owner } = mentionMatcher(entries);
  return [...text.matchAll(pattern)].map((m) => [m[0], owner.get(m[0]), m.index]);
};

test('mentionMatcher: the longest mention wins ("Taiwan Strait" over "Taiwan")', () => {
  assert.deepEqual(matches([taiwan, strait], 'Across the Taiwan Strait from Taiwan.'), [
    ['Taiwan Strait', 'taiwan-strait', 11],
    ['Taiwan', 'taiwan', 30],
  ]);
  // The order of the entries does not matter.
  assert.deepEqual(matches([strait, taiwan], 'the Taiwan Strait'), [['Taiwan Strait', 'taiwan-strait', 4]]);
});

test('mentionMatcher: whole words only ("Maoist" is not Mao; "Mao’s" is)', () => {
  assert.deepEqual(matches([mao], 'Maoist slogans; Mao’s army; Mao Zedong; AMao'), [
    ['Mao', 'mao-zedong', 16],
    ['Mao Zedong', 'mao-zedong', 28],
  ]);
});

test('mentionMatcher: the owner map gives each mention its entry id', () => {
  const { owner } = mentionMatcher([mao, stalin]);
  assert.deepEqual([...owner], [
    ['Mao Zedong', 'mao-zedong'],
    ['Mao', 'mao-zedong'],
    ['Joseph Stalin', 'stalin'],
    ['Stalin', 'stalin'],
  ]);
});

test('occurrences: counts per paragraph in book order; an entry never mentioned gets []', () => {
  const paragraphs = [
    para('p3-1', 'Mao met Stalin. Mao Zedong then left; Mao’s hosts stayed.'),
    para('p3-2', 'The Maoist line held.'),
    para('p3-3', 'Joseph Stalin died, and Stalin’s heirs were wary of Mao.', 'Breakdown'),
    para('p4-1', 'Across the Taiwan Strait lay Taiwan.'),
  ];
  const found = occurrences([mao, stalin, yudin, taiwan, strait], paragraphs);
  assert.deepEqual([...found.keys()], ['mao-zedong', 'stalin', 'yudin', 'taiwan', 'taiwan-strait']);
  assert.deepEqual(found.get('mao-zedong'), [
    { paragraph: paragraphs[0], count: 3, at: 0, length: 3 },
    { paragraph: paragraphs[2], count: 1, at: 52, length: 3 },
  ]);
  assert.deepEqual(found.get('stalin'), [
    { paragraph: paragraphs[0], count: 1, at: 8, length: 6 },
    { paragraph: paragraphs[2], count: 2, at: 0, length: 13 },
  ]);
  assert.deepEqual(found.get('yudin'), []);
  assert.deepEqual(found.get('taiwan'), [{ paragraph: paragraphs[3], count: 1, at: 29, length: 6 }]);
  assert.deepEqual(found.get('taiwan-strait'), [{ paragraph: paragraphs[3], count: 1, at: 11, length: 13 }]);
  // The very paragraph objects, not copies.
  assert.equal(found.get('stalin')?.[1].paragraph, paragraphs[2]);
});

test('indexLines: entries and "see" lines in one order, ignoring case and diacritics', () => {
  const lushun = entry('lushun', 'Lüshun', ['Lüshun'], ['Port Arthur'], 'place');
  const lushan = entry('lushan', 'Lushan', ['Lushan'], [], 'place');
  const luo = entry('luo-ruiqing', 'Luo Ruiqing', ['Luo Ruiqing']);
  const liu = entry('liu-shaoqi', 'Liu Shaoqi', ['Liu Shaoqi']);
  const degaulle = entry('de-gaulle', 'de Gaulle, Charles', ['de Gaulle']);
  const dulles = entry('dulles', 'Dulles, John Foster', ['Dulles']);
  const deng = entry('deng', 'Deng Xiaoping', ['Deng Xiaoping'], ['Teng Hsiao-ping']);
  const lines = indexLines([mao, lushun, dulles, lushan, deng, luo, degaulle, liu]);
  assert.deepEqual(
    lines.map((l) => [l.kind, l.sortKey, l.entry.id]),
    [
      ['entry', 'de Gaulle, Charles', 'de-gaulle'],
      ['entry', 'Deng Xiaoping', 'deng'],
      ['entry', 'Dulles, John Foster', 'dulles'],
      ['entry', 'Liu Shaoqi', 'liu-shaoqi'],
      ['entry', 'Luo Ruiqing', 'luo-ruiqing'],
      ['entry', 'Lushan', 'lushan'],
      ['entry', 'Lüshun', 'lushun'],
      ['entry', 'Mao Zedong', 'mao-zedong'],
      ['see', 'Port Arthur', 'lushun'],
      ['see', 'Teng Hsiao-ping', 'deng'],
    ],
  );
  const see = lines.find((l) => l.kind === 'see' && l.variant === 'Port Arthur');
  assert.equal(see?.entry, lushun);
});

test('indexLines: no reference beside its own entry (the reader already finds it there)', () => {
  const gromyko = entry('gromyko', 'Gromyko, Andrei', ['Andrei Gromyko'], ['Andrey Gromyko', 'Andrej Gromyko']);
  const malinovskii = entry('malinovskii', 'Malinovskii, Rodion', ['Malinovskii'], ['Malinovsky', 'Malinowski']);
  const lines = indexLines([mao, gromyko, malinovskii]);
  // "Mao Tse-tung" files right before "Mao Zedong"; "Gromyko, Andrej" right after "Gromyko, Andrei".
  assert.deepEqual(lines.map((l) => l.kind), ['entry', 'entry', 'entry']);
  // The spellings are still in the entry.
  assert.deepEqual(shownVariants(gromyko), ['Andrey Gromyko', 'Andrej Gromyko']);
});

test('indexLines: of successive references from one word to one entry, the first spelling of the data', () => {
  const jiang = entry('jiang', 'Jiang Jieshi', ['Jiang Jieshi'], ['Chiang Kai-shek', 'Chiang Kaishek', 'Chiang Chieh-shih']);
  const yudinV = entry('yudin', 'Yudin, Pavel', ['Yudin'], ['Iudin', 'Pavel Iudin']);
  const lines = indexLines([jiang, yudinV]);
  assert.deepEqual(
    lines.filter((l) => l.kind === 'see').map((l) => (l.kind === 'see' ? l.variant : '')),
    ['Chiang Kai-shek', 'Iudin'],
  );
});

test('fileAs: a person the index inverts is filed by surname in other spellings too; names written surname first stay', () => {
  const gromyko = entry('gromyko', 'Gromyko, Andrei', ['Andrei Gromyko']);
  const tito = entry('tito', 'Tito, Josip Broz', ['Tito']);
  const clausewitz = entry('clausewitz', 'Clausewitz, Karl von', ['Clausewitz']);
  const rhee = entry('rhee', 'Rhee, Syngman', ['Syngman Rhee']);
  assert.equal(fileAs('Andrej Gromyko', gromyko), 'Gromyko, Andrej');
  assert.equal(fileAs('Josip Broz', tito), 'Broz, Josip');
  assert.equal(fileAs('Carl von Clausewitz', clausewitz), 'Clausewitz, Carl von');
  assert.equal(fileAs('Rhee Syngman', rhee), 'Rhee Syngman');
  assert.equal(fileAs('Lee Seung-man', rhee), 'Lee Seung-man');
  assert.equal(fileAs('Filippov', entry('stalin', 'Stalin, Joseph', ['Stalin'])), 'Filippov');
  // Not inverted: Chinese names, places, organisations.
  assert.equal(fileAs('Mao Tse-tung', mao), 'Mao Tse-tung');
  assert.equal(fileAs('Great Britain', entry('britain', 'Britain', ['Britain'], [], 'place')), 'Great Britain');
});

test('shownVariants: spellings that differ from the entry’s own only in type are not shown', () => {
  const pla = entry('pla', 'People’s Liberation Army (PLA)', ['People’s Liberation Army'], ["People's Liberation Army", 'People’s Liberation Army', 'PLA Army']);
  assert.deepEqual(shownVariants(pla), ['PLA Army']);
  const korea = entry('north-korea', 'North Korea', ['North Korea'], ['DPRK', "Democratic People's Republic of Korea", 'Democratic People’s Republic of Korea'], 'place');
  assert.deepEqual(shownVariants(korea), ['DPRK', "Democratic People's Republic of Korea"]);
});

test('letterOf: diacritics folded, anything not a letter under "Other"', () => {
  assert.equal(letterOf('Lüshun'), 'L');
  assert.equal(letterOf('de Gaulle, Charles'), 'D');
  assert.equal(letterOf('Éluard'), 'E');
  assert.equal(letterOf('7th Fleet'), 'Other');
  assert.equal(letterOf(''), 'Other');
});

test('occurrenceGroups: runs of one chapter and section, in book order', () => {
  const found = occurrences([yudin], [para('p3-50', 'Yudin', 'Accumulated Tension'), para('p3-51', 'Yudin', 'Accumulated Tension'), para('p3-60', 'Yudin', 'From Tension to Crisis'), para('p4-2', 'Yudin')]).get('yudin') ?? [];
  assert.deepEqual(
    occurrenceGroups(found).map((g) => [g.chapter, g.section, g.items.map((o) => o.paragraph.id)]),
    [
      [3, 'Accumulated Tension', ['p3-50', 'p3-51']],
      [3, 'From Tension to Crisis', ['p3-60']],
      [4, null, ['p4-2']],
    ],
  );
});
