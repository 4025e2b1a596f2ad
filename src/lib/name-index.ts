/**
 * The index of names: which paragraphs mention which person, place or
 * organisation (content/names.json), found in the text at build time. Pure.
 */
import type { NameEntry } from '../edition/formats/names.ts';
import { wholeWords } from '../edition/whole-words.ts';

export type { NameEntry };

/** What the index needs of a paragraph: its id, chapter, section and words. */
export interface Paragraph {
  id: string;
  chapter: number;
  section: string | null;
  text: string;
}

export interface Occurrence {
  paragraph: Paragraph;
  count: number;
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
    const counts = new Map<string, number>();
    for (const m of paragraph.text.matchAll(pattern)) {
      const id = owner.get(m[0]) as string;
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    for (const [id, count] of counts) found.get(id)?.push({ paragraph, count });
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

export type IndexLine = { kind: 'entry'; entry: NameEntry; sortKey: string } | { kind: 'see'; variant: string; entry: NameEntry; sortKey: string };

const collator = new Intl.Collator('en', { sensitivity: 'base' });

/** The printed index's lines: entries and "see" cross-references, in one alphabetical order. */
export function indexLines(entries: readonly NameEntry[]): IndexLine[] {
  const lines: IndexLine[] = [
    ...entries.map((entry): IndexLine => ({ kind: 'entry', entry, sortKey: entry.indexAs })),
    ...entries.flatMap((entry) => entry.variants.map((variant): IndexLine => ({ kind: 'see', variant, entry, sortKey: variant }))),
  ];
  return lines.sort((a, b) => collator.compare(a.sortKey, b.sortKey));
}

/** The letter an index line files under (diacritics folded: Lüshun under L); "Other" for the rest. */
export function letterOf(key: string): string {
  const first = key.normalize('NFD').replace(/\p{M}/gu, '').charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : 'Other';
}
