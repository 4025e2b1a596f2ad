/**
 * The whole EPUB from the edition's sources: every section rendered by the
 * site's own plugins (render.ts), the index of names from those paragraphs,
 * the apparatus from the data, the package and navigation documents, zipped
 * deterministically. Given the same inputs it returns the same bytes.
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { chapterLabel } from '../../edition/addresses.ts';
import type { Abbreviation, Book, ChangeRecord, Glossary, NameEntry, TitlePage } from '../../edition/formats/index.ts';
import type { ChapterOutline } from '../../edition/outline.ts';
import { occurrences, type Paragraph } from '../../lib/name-index.ts';
import type { DocumentFile, SectionFile } from '../../lib/outline-files.ts';
import { aboutDocument, count, glossaryDocument, namesDocument } from './apparatus.ts';
import { chapterDocument } from './chapter.ts';
import { abbreviated } from './components.ts';
import { bookIdentifier, modifiedDate } from './metadata.ts';
import { navDocument } from './nav.ts';
import type { NoteText } from './notes.ts';
import { containerXml, type ManifestItem, packageDocument } from './package-document.ts';
import { chapterFile, CONTENT_DIR, documentFile, FILE, link } from './paths.ts';
import { type RenderContext, renderDocument, renderSection } from './render.ts';
import { coverDocument, titlePageDocument } from './title-pages.ts';
import { langAttributes, xhtml } from './xhtml.ts';
import { zip } from './zip.ts';

export interface EpubSources {
  outline: readonly ChapterOutline<SectionFile>[];
  documents: readonly DocumentFile[];
  titlePage: TitlePage;
  book: Book;
  names: readonly NameEntry[];
  glossary: Glossary;
  abbreviations: readonly Abbreviation[];
  changes: ChangeRecord;
  /** A note's text, when an editor has supplied it (src/lib/note-texts.ts). */
  noteText: (chapter: number, n: number) => string | null;
  /** dcterms:modified, in seconds since 1970 (metadata.ts contentDate). */
  modified: number;
  stylesheet: string;
}

export interface Epub {
  bytes: Uint8Array;
  /** What the tests and the build's log report. */
  stats: { notes: number; suppliedNotes: number; files: number };
}

const XHTML = 'application/xhtml+xml';

const utf8 = (s: string) => new TextEncoder().encode(s);

/** "the end of Chapter 2, all of Chapter 3 and the opening of Chapter 4", from the outline. */
function coverage(chapters: readonly ChapterOutline<unknown>[]): string {
  const parts = chapters.map((c) => `${c.opensMidChapter ? 'the end of' : c.endsMidSentence ? 'the opening of' : 'all of'} ${chapterLabel(c.number)}`);
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? '');
}

/** The document's title in the contents: its caption, without the closing full stop. */
const documentTitle = (doc: DocumentFile) => doc.data.caption.replace(/\.$/, '');

function documentPage(doc: DocumentFile, nodes: ElementContent[], abbreviations: readonly Abbreviation[]): string {
  return xhtml({
    title: documentTitle(doc),
    lang: doc.data.lang,
    body: [
      h('figure', { className: ['document', 'standalone'] }, [
        h('div', { className: ['transcription'] }, nodes),
        h('figcaption', langAttributes('en'), [
          ...abbreviated(doc.data.caption, abbreviations),
          ...(doc.data.credit ? [{ type: 'text' as const, value: ' ' }, h('span', { className: ['credit'] }, abbreviated(doc.data.credit, abbreviations))] : []),
        ]),
      ]),
      h('p', { className: ['back', 'edition'], ...langAttributes('en') }, h('a', { href: link(chapterFile(doc.data.chapter), doc.id) }, `Back to ${chapterLabel(doc.data.chapter)}`)),
    ],
  });
}

export async function buildEpub(src: EpubSources): Promise<Epub> {
  const ctx: RenderContext = { abbreviations: src.abbreviations, documents: new Map(src.documents.map((d) => [d.id, d])) };
  const chapters = await Promise.all(
    src.outline.map(async (c) => ({ ...c, sections: await Promise.all(c.sections.map((s) => renderSection(s, ctx))) })),
  );
  const documents = await Promise.all(src.documents.map(async (d) => ({ doc: d, nodes: await renderDocument(d, ctx) })));

  const paragraphs: Paragraph[] = chapters.flatMap((c) => c.sections.flatMap((s) => s.paragraphs.map((p) => ({ ...p, chapter: c.number, section: s.data.section }))));
  const notes = chapters.flatMap((c) => c.sections.flatMap((s) => s.notes.map((n) => ({ chapter: c.number, n }))));
  const suppliedNotes = notes.filter(({ chapter, n }) => src.noteText(chapter, n) !== null).length;
  const photographs = chapters.reduce((sum, c) => sum + c.sections.reduce((m, s) => m + s.photographs, 0), 0);

  const title = src.book.title;
  const description = `A reading edition of an excerpt from ${src.book.author}, ${title}: ${coverage(chapters)}, with the author’s note numbers.`;
  const summary = [
    `This publication meets WCAG 2.2 Level AA. It is text only: the book’s ${count(photographs)} photographs are not in the excerpt, and their captions are given; Mao’s draft telegram of 2 October 1950 is given in the book’s Chinese transcription, marked as Traditional Chinese.`,
    `The author’s ${notes.length} note markers link to their notes and back; ${suppliedNotes === 0 ? 'the notes’ texts are not in the excerpt, and each note says so' : `the excerpt has none of the notes’ texts, the edition supplies ${suppliedNotes}, and every other note says its text is missing`}.`,
    'A table of contents lists every chapter and section; an index of names links to every paragraph that names a person, place or organisation; a glossary spells out the abbreviations and Chinese terms. The excerpt gives no print page numbers.',
  ].join(' ');

  const noteText: (chapter: number) => NoteText = (chapter) => (n) => src.noteText(chapter, n);
  const content: (ManifestItem & { text: string })[] = [
    { href: FILE.css, mediaType: 'text/css', text: src.stylesheet },
    { href: FILE.cover, mediaType: XHTML, spine: 'linear', text: coverDocument(src.titlePage) },
    { href: FILE.titlePage, mediaType: XHTML, spine: 'linear', text: titlePageDocument(src.titlePage) },
    { href: FILE.nav, mediaType: XHTML, properties: 'nav', spine: 'linear', text: navDocument(chapters, src.documents.map((d) => ({ id: d.id, chapter: d.data.chapter, title: documentTitle(d) }))) },
    ...chapters.flatMap((c) => [
      { href: chapterFile(c.number), mediaType: XHTML, spine: 'linear' as const, text: chapterDocument(c, noteText(c.number)) },
      // A document is read from its chapter's link (and the contents), not in sequence.
      ...documents.filter(({ doc }) => doc.data.chapter === c.number).map(({ doc, nodes }) => ({ href: documentFile(doc.id), mediaType: XHTML, spine: 'nonlinear' as const, text: documentPage(doc, nodes, src.abbreviations) })),
    ]),
    { href: FILE.names, mediaType: XHTML, spine: 'linear', text: namesDocument(src.names, occurrences(src.names, paragraphs)) },
    { href: FILE.glossary, mediaType: XHTML, spine: 'linear', text: glossaryDocument(src.abbreviations, src.glossary) },
    { href: FILE.about, mediaType: XHTML, spine: 'linear', text: aboutDocument({ titlePage: src.titlePage, changes: src.changes, chapters, documents: src.documents.map((d) => ({ id: d.id, caption: d.data.caption })), notes: notes.length, suppliedNotes, photographs }) },
  ];
  const opf = packageDocument({
    book: src.book,
    identifier: bookIdentifier(src.book),
    modified: modifiedDate(src.modified),
    description,
    languages: ['en', ...new Set(src.documents.map((d) => d.data.lang).filter((l) => l !== 'en'))],
    accessibilitySummary: summary,
    features: ['structuralNavigation', 'tableOfContents', 'readingOrder', 'index', 'ARIA', 'displayTransformability'],
    items: content,
  });
  const bytes = zip([
    { path: 'mimetype', data: utf8('application/epub+zip'), store: true },
    { path: 'META-INF/container.xml', data: utf8(containerXml()) },
    { path: `${CONTENT_DIR}/${FILE.package}`, data: utf8(opf) },
    ...content.map((c) => ({ path: `${CONTENT_DIR}/${c.href}`, data: utf8(c.text) })),
  ]);
  return { bytes, stats: { notes: notes.length, suppliedNotes, files: content.length + 3 } };
}
