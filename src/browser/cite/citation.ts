/** A Chicago-style citation of a passage of the edition (notes and bibliography, note form). Pure. */

import type { Book as BookFacts } from '../../edition/formats/book.ts';

/** What a citation names of the book (content/editorial/book.json). */
export type Book = Pick<BookFacts, 'author' | 'title' | 'place' | 'publisher' | 'year'>;

export interface Passage {
  chapter: number;
  /** The section's heading, if the passage is in a titled section. */
  section: string | null;
  /** The paragraph's number within its chapter, if a paragraph is cited. */
  paragraph: number | null;
  url: string;
  /** Words quoted from the passage (a reader's selection), if any. */
  quote?: string;
}

/** A quotation inside the note: its own double quotation marks become single, its closing punctuation gives way to the note's comma. */
/** Quotation marks inside a quotation become single (Chicago 13.30): “The ‘Lean-to-One-Side’ Approach”. */
const nested = (words: string) => words.trim().replace(/“/g, '‘').replace(/”/g, '’').replace(/"/g, "'");
const quoted = (words: string) => `“${nested(words).replace(/[.,;:]+$/, '')},”`;

/** The citation as plain text and as HTML (the book's title in italics). */
export function chicagoNote(book: Book, p: Passage): { text: string; html: string } {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  // A comma closes each part; a quoted section title carries its comma inside the quotation marks.
  let where = [`chap. ${p.chapter},`, ...(p.section ? [`“${nested(p.section)},”`] : []), ...(p.paragraph ? [`para. ${p.paragraph},`] : [])].join(' ');
  // A quotation follows the locator after a colon (outside a section title's quotation marks).
  if (p.quote) where = `${where.replace(/,”$/, '”,').replace(/,$/, ':')} ${quoted(p.quote)}`;
  const imprint = `(${book.place}: ${book.publisher}, ${book.year})`;
  const text = `${book.author}, ${book.title} ${imprint}, ${where} ${p.url}.`;
  const html = `${escape(book.author)}, <i>${escape(book.title)}</i> ${escape(imprint)}, ${escape(where)} ${escape(p.url)}.`;
  return { text, html };
}
