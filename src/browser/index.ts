/**
 * The edition's script, loaded only when a reader asks for search or a citation
 * (see loader.ts). Its styles are in place before anything shows.
 */
import { ANNOTATE, attr } from '../edition/markup.ts';
import { adoptSearchStyles } from './search/stylesheet.ts';
import { siteBase } from './site-base.ts';

adoptSearchStyles();

export { openDialog } from './search/dialog.ts';
export { highlightFromUrl } from './search/highlight.ts';
export { mountSearchPage } from './search/search-page.ts';

/** The citation panel is its own chunk: a reader who only searches never downloads it. */
export const cite = (link: HTMLAnchorElement) => import('./cite/cite-panel.ts').then((m) => m.cite(link, siteBase));

/**
 * Highlights and notes, in chunks of their own, loaded only where a reader annotates (see loader.ts):
 * the notes page, or a chapter page (called again on each selection there; it starts once).
 */
export const annotate = () => {
  const notes = document.querySelector<HTMLElement>(attr(ANNOTATE.notesPageAttr));
  return notes ? import('./annotate/notes-page.ts').then((m) => m.mountNotesPage(notes)) : import('./annotate/chapter.ts').then((m) => m.annotate());
};
