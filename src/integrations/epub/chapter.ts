/**
 * A chapter's content document: its heading, the edition's note on what the
 * excerpt gives of it, then its opening and sections, each followed by the
 * notes it marks. Anything the edition adds carries the class "edition".
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import { chapterLabel, chapterName } from '../../edition/addresses.ts';
import { CLASS } from '../../edition/markup.ts';
import type { ChapterOutline } from '../../edition/outline.ts';
import { footnotes, type NoteText } from './notes.ts';
import type { RenderedSection } from './render.ts';
import { xhtml } from './xhtml.ts';

function heading(chapter: ChapterOutline<RenderedSection>): Element {
  if (!chapter.title) {
    // The excerpt does not give this chapter's heading: the label is the edition's, not the book's.
    return h('h1', { className: ['edition'] }, h('span', { className: ['chapter-label'] }, chapterLabel(chapter.number)));
  }
  return h('h1', [h('span', { className: ['chapter-label'] }, chapterLabel(chapter.number)), ' ', h('span', { className: ['chapter-title'] }, chapter.title)]);
}

function editorialNote(chapter: ChapterOutline<RenderedSection>, text: NoteText): Element {
  const notes = chapter.sections.flatMap((s) => s.notes);
  const supplied = notes.filter((n) => text(n) !== null).length;
  const about =
    supplied === 0
      ? 'The notes’ texts are not part of the excerpt, so each note gives only its number.'
      : `The notes’ texts are not part of the excerpt; the edition supplies ${supplied} of the ${notes.length}, and the others give only their number.`;
  return h('div', { className: ['editorial-note', 'edition'] }, [
    ...(chapter.opensMidChapter ? [h('p', 'The excerpt opens partway through this chapter; its title and earlier pages are not part of it.')] : []),
    h('p', `Superscript numbers mark the author’s notes, numbered as in the book, and link to them. ${about}`),
  ]);
}

export function chapterDocument(chapter: ChapterOutline<RenderedSection>, text: NoteText): string {
  const parts = chapter.sections.map((s) => {
    const content = [...s.nodes, ...footnotes(s.notes, text)];
    return s.data.section === null ? h('div', { className: [CLASS.section, 'opening'] }, content) : h('section', { className: [CLASS.section] }, content);
  });
  const body = h('section', { className: ['chapter'], 'epub:type': 'chapter', role: 'doc-chapter' }, [
    h('header', { className: [CLASS.chapterHeader] }, [heading(chapter), editorialNote(chapter, text)]),
    ...parts,
    ...(chapter.endsMidSentence ? [h('p', { className: ['excerpt-end', 'edition'] }, 'The excerpt ends here, in mid-sentence.')] : []),
  ]);
  return xhtml({ title: chapterName(chapter), lang: 'en', body: [body], bodyType: 'bodymatter' });
}
