/**
 * The index of names: which paragraphs mention which person, place or
 * organisation (content/names.json), found in the text at build time. Pure.
 */
import type { NameEntry } from '../edition/formats/names.ts';
import { indexLetter } from '../edition/addresses.ts';
import { wholeWords } from '../edition/whole-words.ts';

export type { NameEntry };

/**
 * What the index needs of a place that names people: a paragraph (its id, as
 * p3-52) or a caption (its figure's anchor), its chapter and section, and its
 * words as the page shows them.
 */
export interface Paragraph {
  id: string;
  chapter: number;
  section: string | null;
  text: string;
  /** A paragraph unless said otherwise. */
  kind?: 'paragraph' | 'caption';
  /** Offsets in `text` where the page shows more between the words (a note marker, an abbreviation spelt out). */
  breaks?: number[];
}

export interface Occurrence {
  paragraph: Paragraph;
  count: number;
  /** Where the first mention is in the place's text, and how long it is: what a link marks on arrival. */
  at: number;
  length: number;
}

/** One pattern for every mention, longest first, so "Taiwan Strait" wins over "Taiwan". */
export function mentionMatcher(entries: readonly NameEntry[]): { pattern: RegExp; owner: Map<string, string> } {
  const owner = new Map<string, string>();
  for (const e of entries) for (const m of e.mentions) owner.set(m, e.id);
  return { pattern: wholeWords(owner.keys()), owner };
}

/** Entry id → the paragraphs that mention it, with how many times, in book order. */
export function occurrences(entries: readonly NameEntry[], paragraphs: readonly Paragraph[]): Map<string, Occurrence[]> {
  const { pattern, owner } = mentionMatcher(entries);
  const found = new Map<string, Occurrence[]>(entries.map((e) => [e.id, []]));
  for (const paragraph of paragraphs) {
    const here = new Map<string, Occurrence>();
    for (const m of paragraph.text.matchAll(pattern)) {
      const id = owner.get(m[0]) as string;
      const seen = here.get(id);
      if (seen) seen.count += 1;
      else here.set(id, { paragraph, count: 1, at: m.index, length: m[0].length });
    }
    for (const [id, occurrence] of here) found.get(id)?.push(occurrence);
  }
  return found;
}

/** Occurrences grouped as a printed index groups page numbers: by chapter and section, in book order. */
export function occurrenceGroups(os: readonly Occurrence[]): { chapter: number; section: string | null; items: Occurrence[] }[] {
  const out: { chapter: number; section: string | null; items: Occurrence[] }[] = [];
  for (const o of os) {
    const last = out.at(-1);
    if (last && last.chapter === o.paragraph.chapter && last.section === o.paragraph.section) last.items.push(o);
    else out.push({ chapter: o.paragraph.chapter, section: o.paragraph.section, items: [o] });
  }
  return out;
}

/** The text's other names for an entry, beyond its own and the surname alone: "Port Arthur" for Lüshun. */
export const otherForms = (e: NameEntry) => e.mentions.filter((m) => !e.name.includes(m) && !e.indexAs.includes(m));

/** A spelling folded for comparison: case, apostrophes (’ or '), diacritics and spacing do not count. */
const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[’'‘`]/gu, "'")
    .replace(/\s+/gu, ' ')
    .trim()
    .toLocaleLowerCase('en');

/** The entry's other spellings worth showing: not ones that differ from its own only in type (a straight apostrophe). */
export function shownVariants(e: NameEntry): string[] {
  const seen = new Set([e.name, e.indexAs, ...e.mentions].map(fold));
  return e.variants.filter((v) => {
    const key = fold(v);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const firstWord = (s: string) => fold(s).split(/[\s,]+/)[0].replace(/'/g, '');
/** A hyphenated given name as Korean and Chinese romanisations write it ("Seung-man"): such names put the surname first. */
const SYLLABIC_GIVEN_NAME = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

/**
 * Where a printed index files another spelling: a person the index inverts
 * (“Gromyko, Andrei”) is filed by surname in that spelling too (“Andrej
 * Gromyko” → “Gromyko, Andrej”), unless the spelling already puts the surname
 * first (“Rhee Syngman”, “Yi Sung-man”); everything else as written.
 */
export function fileAs(variant: string, e: NameEntry): string {
  const words = variant.split(' ');
  const surname = e.indexAs.split(',')[0];
  if (e.kind !== 'person' || !e.indexAs.includes(', ') || words.length < 2) return variant;
  if (firstWord(variant) === firstWord(surname) || SYLLABIC_GIVEN_NAME.test(words.at(-1) as string)) return variant;
  // Particles stay with the given names, as Chicago files them: "Carl von Clausewitz" → "Clausewitz, Carl von".
  return `${words.at(-1)}, ${words.slice(0, -1).join(' ')}`;
}

export type IndexLine = { kind: 'entry'; entry: NameEntry; sortKey: string } | { kind: 'see'; variant: string; entry: NameEntry; sortKey: string };

const collator = new Intl.Collator('en', { sensitivity: 'base' });

/**
 * The printed index's lines: entries and “see” cross-references, in one
 * alphabetical order. Another spelling is filed where a reader would look for
 * it (fileAs); it gets no line of its own where the reader, looking there,
 * already finds the entry beside it, nor where another spelling of the entry
 * already sends them on from the same word.
 */
export function indexLines(entries: readonly NameEntry[]): IndexLine[] {
  const lines: IndexLine[] = [
    ...entries.map((entry): IndexLine => ({ kind: 'entry', entry, sortKey: entry.indexAs })),
    ...entries.flatMap((entry) => shownVariants(entry).map((v): IndexLine => ({ kind: 'see', variant: fileAs(v, entry), entry, sortKey: fileAs(v, entry) }))),
  ];
  // Stable: of equal keys, entries before references, data order kept.
  lines.sort((a, b) => collator.compare(a.sortKey, b.sortKey) || (a.kind === b.kind ? 0 : a.kind === 'entry' ? -1 : 1));
  // A reference beside its own entry (nothing but that entry's lines between) is no help.
  const beside = new Set<IndexLine>();
  lines.forEach((line, i) => {
    if (line.kind !== 'entry') return;
    for (let j = i - 1; j >= 0 && lines[j].entry === line.entry; j--) beside.add(lines[j]);
    for (let j = i + 1; j < lines.length && lines[j].entry === line.entry; j++) beside.add(lines[j]);
  });
  const kept = lines.filter((l) => !beside.has(l));
  // Of successive references to one entry from the same word, the first spelling in the data is enough.
  const order = (l: IndexLine) => (l.kind === 'see' ? shownVariants(l.entry).findIndex((v) => fileAs(v, l.entry) === l.variant) : -1);
  return kept.filter((line, i) => {
    if (line.kind !== 'see') return true;
    const run = [];
    for (let j = i - 1; j >= 0 && kept[j].kind === 'see' && kept[j].entry === line.entry && firstWord(kept[j].sortKey) === firstWord(line.sortKey); j--) run.push(kept[j]);
    for (let j = i + 1; j < kept.length && kept[j].kind === 'see' && kept[j].entry === line.entry && firstWord(kept[j].sortKey) === firstWord(line.sortKey); j++) run.push(kept[j]);
    return run.every((other) => order(line) < order(other));
  });
}

/** The letter an index line files under (diacritics folded: Lüshun under L); "Other" for the rest. */
export const letterOf = indexLetter;

/** The letters the index has lines under, in order: one page each. */
export const indexLetters = (lines: readonly IndexLine[]) => [...new Set(lines.map((l) => indexLetter(l.sortKey)))];
