/**
 * The author's notes as EPUB footnotes (EPUB 3 Structural Semantics, DPUB-ARIA):
 * one per marker, after the section that marks it, each linked back to its
 * marker. The excerpt does not carry the notes' texts; a note whose text an
 * editor has supplied (content/notes/) gives it, any other says, as the site
 * does, that its text is not in the excerpt.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import { noteId, noteRefId } from '../../edition/addresses.ts';

/** The note's text, or null when the edition does not have it. */
export type NoteText = (n: number) => string | null;

export function footnote(n: number, text: string | null): Element {
  return h('aside', { className: ['footnote'], id: noteId(n), 'epub:type': 'footnote', role: 'doc-footnote' }, [
    h('p', [
      h('a', { className: ['note-number'], href: `#${noteRefId(n)}`, role: 'doc-backlink', ariaLabel: `Back to note ${n} in the text` }, String(n)),
      ' ',
      text === null ? h('span', { className: ['absent', 'edition'] }, 'The text of this note is not in the excerpt.') : h('span', text),
    ]),
  ]);
}

export const footnotes = (notes: readonly number[], text: NoteText): Element[] => notes.map((n) => footnote(n, text(n)));
