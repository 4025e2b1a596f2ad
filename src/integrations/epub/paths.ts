/**
 * The files inside the EPUB and the links between them, in one place. All
 * content sits in one folder (EPUB/), so a link is a file name and a fragment;
 * the fragments are the site's own ids (src/edition/addresses.ts).
 */
import { chapterSlug } from '../../edition/addresses.ts';

/** The folder that holds the package document and every content file. */
export const CONTENT_DIR = 'EPUB';

export const FILE = {
  package: 'package.opf',
  nav: 'nav.xhtml',
  css: 'edition.css',
  cover: 'cover.xhtml',
  titlePage: 'title-page.xhtml',
  names: 'names.xhtml',
  glossary: 'glossary.xhtml',
  about: 'about.xhtml',
} as const;

/** A chapter's document: "chapter-3.xhtml". */
export const chapterFile = (chapter: number) => `${chapterSlug(chapter)}.xhtml`;

/** A transcribed document's own file: "telegram-1950-10-02.xhtml". */
export const documentFile = (id: string) => `${id}.xhtml`;

/** A link to `file`, at `fragment` when given. */
export const link = (file: string, fragment?: string | null) => (fragment ? `${file}#${fragment}` : file);
