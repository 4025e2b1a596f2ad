/**
 * The markup contract: the classes and attributes of the built pages that
 * later stages rely on (the search index, the highlighter, the loader, the
 * citation panel, the tests). Components and plugins write them from here,
 * readers select by them from here, so a renamed class cannot silently break
 * a stage that depends on it.
 */

export const CLASS = {
  /** <article> holding a chapter's reading text. */
  chapter: 'chapter',
  /** The chapter's header (headings, editorial notes), inside the article. */
  chapterHeader: 'chapter-header',
  /** Each part of a chapter (its opening, each section), in reading order. */
  section: 'section',
  /** A note's marker in the text (a link to the note). */
  noteRef: 'note-ref',
  /** The note itself. */
  sidenote: 'sidenote',
  /** A paragraph's link to itself. */
  pilcrow: 'pilcrow',
  /** A section heading's link to itself. */
  permalink: 'permalink',
  /** An abbreviation spelt out by the edition: " [Chinese Communist Party]". */
  abbrExpansion: 'abbr-expansion',
  /** A word marked on arrival from a search. */
  searchMark: 'search-mark',
} as const;

export const ATTR = {
  /** The reading text Pagefind indexes, and the highlighter marks. */
  pagefindBody: 'data-pagefind-body',
  pagefindIgnore: 'data-pagefind-ignore',
  pagefindMeta: 'data-pagefind-meta',
  pagefindFilter: 'data-pagefind-filter',
  /** A link that opens the search dialog when scripts run (the page's href otherwise). */
  searchLink: 'data-search-link',
  /** The search page's form. */
  searchPage: 'data-search-page',
  /** Shown only where scripts do not run: the loader hides it. */
  withoutJs: 'data-without-js',
  /** Holds the page's address when SITE_URL is unset: the loader writes in the one the reader's browser has. */
  readerAddress: 'data-reader-address',
} as const;

/** Selector for an element with attribute `name`. */
export const attr = (name: string) => `[${name}]`;
/** Selector for an element with class `name`. */
export const cls = (name: string) => `.${name}`;

/** The book's text, but not worth indexing: a search for "22" wants years, not note numbers. */
export const UNINDEXED_SOURCE_SELECTORS = [cls(CLASS.noteRef)] as const;

/** The edition's own additions inside the reading text: sidenotes (the excerpt has no note texts), paragraph links, abbreviations spelt out. */
export const EDITION_ADDITION_SELECTORS = [cls(CLASS.sidenote), cls(CLASS.pilcrow), cls(CLASS.abbrExpansion)] as const;

/** What the search index leaves out of the reading text besides [data-pagefind-ignore]. */
export const PAGEFIND_EXCLUDE_SELECTORS = [...UNINDEXED_SOURCE_SELECTORS, ...EDITION_ADDITION_SELECTORS];

/** What the highlighter must not mark: the index's exclusions, and anything ignored. */
export const NOT_READING_TEXT = [attr(ATTR.pagefindIgnore), ...PAGEFIND_EXCLUDE_SELECTORS, 'script', 'style'].join(', ');

/** The links whose following the loader turns into a citation offer. */
export const PERMALINK_SELECTOR = `a.${CLASS.pilcrow},a.${CLASS.permalink}`;
