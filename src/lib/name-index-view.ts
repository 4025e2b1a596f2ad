/**
 * The index of names as its pages show it, worked out once per build: every
 * entry's places grouped by chapter and section (the subentries), each place
 * linked so that arriving there marks the name (a text fragment), and the
 * lines of the index, A to Z.
 */
import { chapterLabel, parseParagraphId } from '../edition/addresses.ts';
import { names, titlePage } from './edition-data.ts';
import { getChapters } from './edition.ts';
import { indexPlaces } from './index-places.ts';
import { type IndexLine, indexLetters, indexLines, type NameEntry, type Occurrence, occurrences, type Paragraph } from './name-index.ts';
import { mentionDirective, PageText } from './text-directive.ts';
import { chapterPath } from './urls.ts';

/** A paragraph that names an entry this often is printed in bold, as a printed index marks principal passages. */
export const PRINCIPAL = 3;

export interface Locator {
  href: string;
  /** "¶12", or "caption". */
  label: string;
  kind: 'paragraph' | 'caption';
  count: number;
  principal: boolean;
}

/** An entry's places in one chapter section: "Ch. 3, Breakdown". */
export interface Subentry {
  label: string;
  locators: Locator[];
}

export interface IndexView {
  entries: readonly NameEntry[];
  lines: IndexLine[];
  /** The letters that have lines, in order. */
  letters: string[];
  subentries: Map<string, Subentry[]>;
  /** Places and mentions in all. */
  totals: { places: number; mentions: number };
}

const label = (p: Paragraph) => (p.kind === 'caption' ? 'caption' : `¶${parseParagraphId(p.id)?.n}`);

/** What a chapter page shows where a text fragment could match before its target: titles and headings, and its places' words. */
async function pagesText(places: readonly Paragraph[]): Promise<Map<number, PageText>> {
  const pages = new Map<number, PageText>();
  for (const chapter of await getChapters()) {
    const titles = [titlePage.title.join(' '), titlePage.author ?? '', chapter.title ?? '', ...chapter.sections.map((s) => s.data.section ?? '')];
    pages.set(chapter.number, new PageText([...titles, ...places.filter((p) => p.chapter === chapter.number).map((p) => p.text)]));
  }
  return pages;
}

async function build(): Promise<IndexView> {
  const places = await indexPlaces();
  const found = occurrences(names, places);
  const pages = await pagesText(places);
  const locator = (o: Occurrence): Locator => {
    const { paragraph: p } = o;
    const page = pages.get(p.chapter) as PageText;
    const directive = mentionDirective(p.text, o.at, o.at + o.length, { page, breaks: p.breaks });
    return {
      href: `${chapterPath(p.chapter)}#${p.id}${directive ? `:~:text=${directive}` : ''}`,
      label: label(p),
      kind: p.kind ?? 'paragraph',
      count: o.count,
      principal: o.count >= PRINCIPAL,
    };
  };
  const subentries = new Map<string, Subentry[]>();
  for (const [id, os] of found) {
    const groups: Subentry[] = [];
    for (const o of os) {
      const name = `${chapterLabel(o.paragraph.chapter).replace('Chapter', 'Ch.')}, ${o.paragraph.section ?? 'opening'}`;
      if (groups.at(-1)?.label !== name) groups.push({ label: name, locators: [] });
      groups.at(-1)?.locators.push(locator(o));
    }
    subentries.set(id, groups);
  }
  const lines = indexLines(names);
  const all = [...found.values()].flat();
  return {
    entries: names,
    lines,
    letters: indexLetters(lines),
    subentries,
    totals: { places: all.length, mentions: all.reduce((n, o) => n + o.count, 0) },
  };
}

let view: Promise<IndexView> | undefined;

/** The index, built on first use; every page of the index shares it. */
export const indexView = () => (view ??= build());
