/**
 * The edition's addresses, built and parsed in one place: chapter pages
 * (/chapter-3/), paragraph ids (p3-52), section ids (from a heading's final
 * text), note anchors, document pages and the apparatus pages, all under a base
 * path. Pure: the importer, the Astro site, the build's integrations and the
 * browser code share it.
 */
import GithubSlugger from 'github-slugger';

/** A base path ("/" or "/sub/") joined to a site-relative path ("/chapter-3/" → "/sub/chapter-3/"). */
export function withBase(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** The path after the base ("/sub/chapter-3/" → "/chapter-3/"), or null when the path is not under it. */
export function withoutBase(base: string, path: string): string | null {
  const b = base.replace(/\/+$/, '');
  if (b === '') return path.startsWith('/') ? path : `/${path}`;
  if (path === b) return '/';
  return path.startsWith(`${b}/`) ? path.slice(b.length) : null;
}

/** The page folder of a chapter, as Astro's route param and under dist/: "chapter-3". */
export const chapterSlug = (chapter: number) => `chapter-${chapter}`;

const CHAPTER_SLUG = /^chapter-([1-9]\d*)$/;

/** 3 from "chapter-3"; null for anything else. */
export function parseChapterSlug(slug: string): number | null {
  const m = CHAPTER_SLUG.exec(slug);
  return m ? Number(m[1]) : null;
}

/** A chapter's page: "/chapter-3/" under `base`. */
export const chapterPath = (chapter: number, base = '/') => withBase(base, `/${chapterSlug(chapter)}/`);

/** The chapter whose page `path` is (or is inside), or null: "/sub/chapter-3/" → 3. */
export function parseChapterPath(path: string, base = '/'): number | null {
  const rest = withoutBase(base, path);
  const first = rest?.split('/').filter(Boolean)[0];
  return first === undefined ? null : parseChapterSlug(first);
}

/** A transcribed document's own page: "/documents/telegram-1950-10-02/". */
export const documentPath = (id: string, base = '/') => withBase(base, `/documents/${id}/`);

/** The id of paragraph `n` of `chapter`, counted by the importer: "p3-52". */
export const paragraphId = (chapter: number, n: number) => `p${chapter}-${n}`;

const PARAGRAPH_ID = /^p([1-9]\d*)-([1-9]\d*)$/;

/** { chapter: 3, n: 52 } from "p3-52"; null for any other id. */
export function parseParagraphId(id: string): { chapter: number; n: number } | null {
  const m = PARAGRAPH_ID.exec(id);
  return m ? { chapter: Number(m[1]), n: Number(m[2]) } : null;
}

/**
 * A section's id, from its heading's final text (after every editorial rule):
 * GitHub's slug, as rehype-slug gives the heading. Each section is rendered as a
 * document of its own with one h2, so a fresh slugger is exact.
 */
export const sectionId = (title: string) => new GithubSlugger().slug(title);

/** The id of the opening (untitled) part of a chapter, in the importer's file names. */
export const OPENING_ID = 'opening';

/** Note `n` (its marker in the text links here). */
export const noteId = (n: number) => `note-${n}`;

/** Note `n`'s marker, where the note links back to it (the EPUB's footnotes do; the site's notes close in place). */
export const noteRefId = (n: number) => `note-ref-${n}`;

/** An entry of the index of names: "name-mao". */
export const nameEntryId = (id: string) => `name-${id}`;

/** The letter an index heading files under, diacritics folded (Lüshun under L); "Other" for the rest (7th Fleet). */
export function indexLetter(heading: string): string {
  const first = heading.normalize('NFD').replace(/\p{M}/gu, '').charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : 'Other';
}

/** The index of names' overview: every heading, A to Z. */
export const NAMES_PATH = '/names/';

/** Whether a path (without the base) is a page of the index of names: the overview or a letter's page. */
export const isNamesPath = (path: string) => path.startsWith(NAMES_PATH);

/** The page folder of a letter of the index of names, as Astro's route param: "m", "other". */
export const namesLetterSlug = (letter: string) => letter.toLowerCase();

/** A letter's page of the index of names, with its entries' places: "/names/m/". */
export const namesLetterPath = (letter: string, base = '/') => withBase(base, `${NAMES_PATH}${namesLetterSlug(letter)}/`);

/**
 * Where an entry of the index of names is, with every place it is named:
 * "/names/m/#name-mao-zedong". Every link to an entry goes through here. (The
 * overview, /names/, keeps the same fragment ids, so older links still land
 * on the entry's line there.)
 */
export const nameEntryPath = (entry: { id: string; indexAs: string }, base = '/') =>
  `${namesLetterPath(indexLetter(entry.indexAs), base)}#${nameEntryId(entry.id)}`;

/**
 * A photograph's anchor on its chapter page, from the paragraph it follows
 * (numbered by the importer): "figure-after-p3-10". A transcribed document's
 * figure keeps the document's own id.
 */
export const figureAfterId = (paragraph: string) => `figure-after-${paragraph}`;

/** The edition's own pages beside the text, in the order the footer and contents list them. */
export const APPARATUS = [
  { path: '/about/', title: 'About this edition' },
  { path: '/names/', title: 'Index of names' },
  { path: '/glossary/', title: 'Abbreviations and Chinese terms' },
  { path: '/search/', title: 'Search' },
] as const;

export type ApparatusPath = (typeof APPARATUS)[number]['path'];

/** The edition as an EPUB, named by the book's title: "/maos-china-and-the-cold-war.epub". */
export const epubPath = (title: string, base = '/') => withBase(base, `/${new GithubSlugger().slug(title)}.epub`);

/** The service worker (at the root: a worker's scope is its folder and below) and the web app manifest. */
export const SERVICE_WORKER_PATH = '/sw.js';
export const MANIFEST_PATH = '/manifest.webmanifest';

/** The reader's own notes (kept in their browser): linked from every page, not in the sitemap, as it has nothing of its own to find. */
export const NOTES_PAGE = { path: '/notes/', title: 'Your notes' } as const;

/** "Chapter 3", the edition's label for a chapter. */
export const chapterLabel = (chapter: number) => `Chapter ${chapter}`;

/** "Chapter 3: Mao’s Continuous Revolution …", or "Chapter 2" when the excerpt lacks the title. */
export const chapterName = (chapter: { number: number; title: string | null }) =>
  chapter.title ? `${chapterLabel(chapter.number)}: ${chapter.title}` : chapterLabel(chapter.number);
