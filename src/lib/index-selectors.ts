/**
 * What the search index leaves out of the reading text ([data-pagefind-body]),
 * beyond elements marked data-pagefind-ignore. Kept as selectors rather than
 * attributes on 170 notes, which would weigh on the largest page.
 */

/** The book's text, but not worth indexing: a search for "22" wants years, not note numbers. */
export const UNINDEXED_SOURCE_SELECTORS = ['.note-ref'] as const;

/** The edition's own additions inside the reading text: sidenotes (the excerpt has no note texts), paragraph links, abbreviations spelt out. */
export const EDITION_ADDITION_SELECTORS = ['.sidenote', '.pilcrow', '.abbr-expansion'] as const;

export const PAGEFIND_EXCLUDE_SELECTORS = [...UNINDEXED_SOURCE_SELECTORS, ...EDITION_ADDITION_SELECTORS];
