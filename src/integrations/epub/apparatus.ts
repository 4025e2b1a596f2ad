/**
 * The edition's apparatus as EPUB documents, from the same data as the site's
 * pages: the index of names (occurrences found in the EPUB's own rendered
 * paragraphs, linked to them), the abbreviations and Chinese terms, and the
 * note on the edition with every editorial change linked to its place.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { APPARATUS, chapterName, nameEntryId, parseParagraphId } from '../../edition/addresses.ts';
import type { Abbreviation, ChangeRecord, Glossary, NameEntry, TitlePage, Where } from '../../edition/formats/index.ts';
import type { ChapterOutline } from '../../edition/outline.ts';
import { anchorNames, describeChange, placeLabel } from '../../lib/change-display.ts';
import { indexLines, letterOf, type Occurrence, occurrenceGroups, otherForms } from '../../lib/name-index.ts';
import { chapterFile, FILE, link } from './paths.ts';
import type { RenderedSection } from './render.ts';
import { xhtml } from './xhtml.ts';

const titleOf = (path: (typeof APPARATUS)[number]['path']) => APPARATUS.find((a) => a.path === path)?.title as string;

export const NAMES_TITLE = titleOf('/names/');
export const GLOSSARY_TITLE = titleOf('/glossary/');
export const ABOUT_TITLE = titleOf('/about/');

const SMALL = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** A count as prose writes it: "three photographs", "170 notes". */
export const count = (n: number) => SMALL[n] ?? String(n);

const KIND = { person: 'person', place: 'place', organisation: 'organisation' } as const;

export function namesDocument(names: readonly NameEntry[], found: ReadonlyMap<string, Occurrence[]>): string {
  const lines = indexLines(names);
  const letters = [...new Set(lines.map((l) => letterOf(l.sortKey)))];
  const mentions = [...found.values()].reduce((n, os) => n + os.reduce((m, o) => m + o.count, 0), 0);
  const occurrences = (os: Occurrence[]): ElementContent =>
    os.length === 0
      ? h('span', { className: ['occurrences-none'] }, ' — named only in a caption or epigraph')
      : h(
          'ul',
          { className: ['occurrences'] },
          occurrenceGroups(os).map((g) =>
            h('li', [
              `Ch. ${g.chapter}, ${g.section ?? 'opening'}: `,
              ...g.items.flatMap((o, i) => {
                const n = parseParagraphId(o.paragraph.id)?.n;
                return [...(i > 0 ? [', '] : []), h('a', { href: link(chapterFile(o.paragraph.chapter), o.paragraph.id) }, `¶${n}`), ...(o.count > 1 ? [` (${o.count})`] : [])];
              }),
            ]),
          ),
        );
  const entry = (line: ReturnType<typeof indexLines>[number]): Element => {
    if (line.kind === 'see') return h('li', { className: ['see'] }, [`${line.variant}, `, h('i', 'see'), ' ', h('a', { href: `#${nameEntryId(line.entry.id)}` }, line.entry.indexAs)]);
    const e = line.entry;
    const also = otherForms(e);
    return h('li', { id: nameEntryId(e.id), 'epub:type': 'index-entry' }, [
      h('span', { className: ['index-heading'], 'epub:type': 'index-term' }, e.indexAs),
      ` (${KIND[e.kind]})`,
      ...(also.length > 0 ? [` in the text also ${also.join(', ')}`] : []),
      ...(e.variants.length > 0 ? [` elsewhere spelled ${e.variants.join(', ')}`] : []),
      occurrences(found.get(e.id) ?? []),
    ]);
  };
  return xhtml({
    title: NAMES_TITLE,
    lang: 'en',
    bodyType: 'backmatter',
    body: [
      h('section', { className: ['apparatus', 'names-index'], 'epub:type': 'index', role: 'doc-index', ariaLabelledby: 'names-heading' }, [
        h('h1', { id: 'names-heading' }, NAMES_TITLE),
        h(
          'p',
          { className: ['lede'] },
          `${names.length} people, places and organisations, with every paragraph of the text that mentions them (${mentions} mentions); a number in parentheses says how often a paragraph names them. Other spellings refer to the text’s own. Captions and epigraphs are not indexed.`,
        ),
        ...letters.map((letter) =>
          h('section', { 'epub:type': 'index-group' }, [
            h('h2', { id: `letter-${letter}` }, letter),
            h('ul', { className: ['index-list'] }, lines.filter((l) => letterOf(l.sortKey) === letter).map(entry)),
          ]),
        ),
      ]),
    ],
  });
}

export function glossaryDocument(abbreviations: readonly Abbreviation[], glossary: Glossary): string {
  return xhtml({
    title: GLOSSARY_TITLE,
    lang: 'en',
    bodyType: 'backmatter',
    body: [
      h('section', { className: ['apparatus', 'glossary'], 'epub:type': 'glossary', role: 'doc-glossary', ariaLabelledby: 'glossary-heading' }, [
        h('h1', { id: 'glossary-heading' }, GLOSSARY_TITLE),
        h('h2', { id: 'abbreviations' }, 'Abbreviations'),
        h(
          'dl',
          abbreviations.flatMap((a) => [h('dt', { 'epub:type': 'glossterm' }, h('abbr', { title: a.expansion }, a.term)), h('dd', { 'epub:type': 'glossdef' }, a.expansion)]),
        ),
        h('h2', { id: 'chinese-terms' }, 'Chinese terms'),
        h(
          'dl',
          glossary.pinyin.flatMap((t) => [
            h('dt', { 'epub:type': 'glossterm' }, h(t.title ? 'cite' : 'i', { lang: 'zh-Latn-pinyin' }, t.term)),
            h('dd', { 'epub:type': 'glossdef' }, [t.meaning, ...(t.note ? [h('span', { className: ['gloss-note'] }, ` (${t.note})`)] : [])]),
          ]),
        ),
      ]),
    ],
  });
}

export interface AboutFacts {
  titlePage: TitlePage;
  changes: ChangeRecord;
  chapters: readonly ChapterOutline<RenderedSection>[];
  /** The transcribed documents, whose captions name the changes placed in them. */
  documents: readonly { id: string; caption: string }[];
  notes: number;
  suppliedNotes: number;
  photographs: number;
}

/** The edition's account of itself: the source, what the excerpt gives, what the edition adds, every change. */
export function aboutDocument({ titlePage, changes, chapters, documents, notes, suppliedNotes, photographs }: AboutFacts): string {
  const names = anchorNames(
    chapters.flatMap((c) => c.sections.map((s) => s.data)),
    documents,
  );
  const target = ({ chapter, anchor }: Where) => link(chapter === null ? FILE.titlePage : chapterFile(chapter), anchor);
  const coverage = (c: ChapterOutline<RenderedSection>) =>
    c.opensMidChapter
      ? ' — the last pages only; the excerpt opens in mid-sentence and does not give the title.'
      : c.endsMidSentence
        ? ' — the first pages only; the excerpt stops in mid-sentence.'
        : ` — complete, with its ${c.sections.filter((s) => s.data.section !== null).length} sections.`;
  return xhtml({
    title: ABOUT_TITLE,
    lang: 'en',
    bodyType: 'backmatter',
    body: [
      h('section', { className: ['apparatus', 'about'], 'epub:type': 'appendix', role: 'doc-appendix', ariaLabelledby: 'about-heading' }, [
        h('h1', { id: 'about-heading' }, ABOUT_TITLE),
        h('h2', { id: 'source' }, 'The source'),
        h('p', [
          `An excerpt from ${titlePage.author}, `,
          h('cite', titlePage.title.join(' ')),
          `, in the series ${titlePage.series} (${titlePage.seriesEditor}), published by ${titlePage.imprint.join(', ')}. The edition is generated from one file, `,
          h('code', changes.source),
          ', a conversion of the printed pages, kept unchanged.',
        ]),
        h('h2', { id: 'coverage' }, 'What the excerpt covers'),
        h(
          'ul',
          chapters.map((c) => h('li', [h('a', { href: chapterFile(c.number) }, chapterName(c)), coverage(c)])),
        ),
        h(
          'p',
          `Not in the excerpt: the texts of the author’s notes (their ${notes} numbers are kept${suppliedNotes > 0 ? `; the edition supplies ${suppliedNotes} of the texts` : ''}), and the book’s ${count(photographs)} photographs (their captions are kept). Mao’s draft telegram of 2 October 1950 is given in the book’s Chinese transcription.`,
        ),
        h('h2', { id: 'this-epub' }, 'This EPUB'),
        h('p', [
          'It is made from the same files as the web edition, by the same rules, and each paragraph keeps the web edition’s number. What the edition adds is set apart from the author’s text: the notes that say a note’s text is not in the excerpt, the blanks where the photographs were, chapter labels the excerpt does not print, and abbreviations spelt out in square brackets at their first use in each chapter.',
        ]),
        h('h2', { id: 'changes' }, 'Editorial changes'),
        h(
          'p',
          `The conversion of printed pages left page-break hyphens, broken paragraphs, uneven headings and mixed quotation marks. The edition repairs them only by the named rules below, and records every change: ${changes.changes.length} in all. Each is listed with its line and column in the source and a link to its place in the text.`,
        ),
        ...changes.rules.map((rule) => {
          const own = changes.changes.filter((c) => c.rule === rule.name);
          return h('section', { className: ['rule'] }, [
            h('h3', { id: `rule-${rule.name}` }, [h('code', rule.name), ` (${own.length})`]),
            h('p', rule.description),
            ...(own.length === 0
              ? []
              : [
                  h(
                    'ol',
                    { className: ['change-list'] },
                    own.map((c) =>
                      h('li', [
                        h('a', { href: target(c.where) }, placeLabel(c.where, names)),
                        ` line ${c.line}, col. ${c.column}: `,
                        h('span', { className: ['change'] }, describeChange(c)),
                        ...(c.note ? [h('span', { className: ['change-note'] }, ` — ${c.note}`)] : []),
                      ]),
                    ),
                  ),
                ]),
          ]);
        }),
      ]),
    ],
  });
}
