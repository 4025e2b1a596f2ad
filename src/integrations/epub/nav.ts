/**
 * The navigation document (EPUB 3.3 §7): the table of contents (every chapter
 * and section, the transcribed document, the apparatus) and the landmarks a
 * reading system offers as "go to" places.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import { chapterName } from '../../edition/addresses.ts';
import type { ChapterOutline } from '../../edition/outline.ts';
import { ABOUT_TITLE, GLOSSARY_TITLE, NAMES_TITLE } from './apparatus.ts';
import { chapterFile, documentFile, FILE, link } from './paths.ts';
import type { RenderedSection } from './render.ts';
import { xhtml } from './xhtml.ts';

export interface NavDocument {
  id: string;
  /** The chapter that prints it. */
  chapter: number;
  title: string;
}

const item = (href: string, text: string, children: Element[] = []) => h('li', [h('a', { href }, text), ...(children.length > 0 ? [h('ol', children)] : [])]);

export function navDocument(chapters: readonly ChapterOutline<RenderedSection>[], documents: readonly NavDocument[]): string {
  const toc = [
    item(FILE.titlePage, 'Title page'),
    ...chapters.map((c) =>
      item(chapterFile(c.number), chapterName(c), [
        ...c.sections.flatMap((s) => (s.data.section && s.data.sectionId ? [item(link(chapterFile(c.number), s.data.sectionId), s.data.section)] : [])),
        ...documents.filter((d) => d.chapter === c.number).map((d) => item(documentFile(d.id), d.title)),
      ]),
    ),
    item(FILE.names, NAMES_TITLE),
    item(FILE.glossary, GLOSSARY_TITLE),
    item(FILE.about, ABOUT_TITLE),
  ];
  const landmarks = [
    ['cover', FILE.cover, 'Cover'],
    ['titlepage', FILE.titlePage, 'Title page'],
    ['toc', FILE.nav, 'Contents'],
    ['bodymatter', chapterFile(chapters[0].number), 'Start of the text'],
    ['index', FILE.names, NAMES_TITLE],
    ['glossary', FILE.glossary, GLOSSARY_TITLE],
  ].map(([type, href, text]) => h('li', [h('a', { 'epub:type': type, href }, text)]));
  return xhtml({
    title: 'Contents',
    lang: 'en',
    bodyType: 'frontmatter',
    body: [
      h('nav', { id: 'toc', 'epub:type': 'toc', role: 'doc-toc', ariaLabelledby: 'toc-heading' }, [h('h1', { id: 'toc-heading' }, 'Contents'), h('ol', toc)]),
      h('nav', { id: 'landmarks', 'epub:type': 'landmarks', ariaLabel: 'Landmarks', hidden: true }, [h('ol', landmarks)]),
    ],
  });
}
