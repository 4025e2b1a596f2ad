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
  /** The chapter's title in its heading (the notes page names chapters by it). */
  chapterTitle: 'chapter-title',
  /** Each part of a chapter (its opening, each section), in reading order. */
  section: 'section',
  /** A note's marker in the text: a link to its note (<a class="note-ref" href="#note-4">4</a>). */
  noteRef: 'note-ref',
  /**
   * The note itself, right after its marker: <span class="sidenote" id="note-4">
   * holding its number, a link to ID.notesClosed (the close control, hidden from
   * assistive technology), then its text if the edition has one (role="note",
   * the marker's aria-details); a marker whose note has no text is described by
   * ID.notesAbsent.
   */
  sidenote: 'sidenote',
  /** A paragraph's number, a link to the paragraph itself, at its start. */
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
} as const;

/** Ids a chapter page carries once, which its notes rely on. */
export const ID = {
  /** The one sentence that describes every marker whose note has no text (aria-describedby), instead of 164 copies of it. */
  notesAbsent: 'notes-absent',
  /**
   * A fragment target without a box: a note's close control links here, so closing
   * un-targets the note (:target) and nothing scrolls.
   */
  notesClosed: 'notes-closed',
} as const;

/**
 * Where the notes stand in the margin beside their lines (global.css uses the same
 * media query); below it a note opens under its line when its marker is followed.
 */
export const NOTES_IN_MARGIN = '(min-width: 64rem)';

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

/* ---------- The reader's annotations (src/browser/annotate/) ---------- */

/** Classes and attributes of what the annotation code adds to a chapter page and the notes page. */
export const ANNOTATE = {
  /** A highlight: <mark> around the reader's words. */
  mark: 'annotation-mark',
  /** The reader's note beside its highlight (margin on wide screens, inline on narrow ones). */
  note: 'annotation-note',
  /** The toolbar offered for a selection. */
  toolbar: 'annotation-toolbar',
  /** A chapter's list of annotations no longer found in its text. */
  lost: 'annotation-orphans',
  /** The annotation a mark or note belongs to. */
  idAttr: 'data-annotation-id',
  /** The notes page's root; the loader mounts the page there. */
  notesPageAttr: 'data-notes-page',
  /** The notes page's outline of the book (JSON). */
  outlineId: 'notes-outline',
} as const;

/**
 * The reading text's block boundaries: a selection or a text fragment cannot
 * run across them unseen, and the reading text counts each as a space.
 */
export const READING_BLOCKS = ['p', 'h1', 'h2', 'h3', 'blockquote', 'figcaption', 'figure', 'li', 'div', 'section', 'header', 'br'] as const;
