/**
 * The edition's script, loaded only when a reader asks for search or a citation
 * (see loader.ts). Its styles are in place before anything shows.
 */
import lazyCode from 'edition:lazy-code';
import { ANNOTATE, attr } from '../edition/markup.ts';
import { adoptSearchStyles } from './search/stylesheet.ts';
import { siteBase } from './site-base.ts';

adoptSearchStyles();

export { openDialog } from './search/dialog.ts';
export { highlightFromUrl } from './search/highlight.ts';
export { mountSearchPage } from './search/search-page.ts';

/** Code loaded only when a reader asks for it, by the file names the build gives it (src/integrations/browser-bundle.ts). */
const load = <T>(part: keyof typeof lazyCode) => import(/* @vite-ignore */ new URL(lazyCode[part], import.meta.url).href) as Promise<T>;

/** The citation panel is its own file: a reader who only searches never downloads it. */
export const cite = (link: HTMLAnchorElement) => load<typeof import('./cite/cite-panel.ts')>('cite').then((m) => m.cite(link, siteBase));

/**
 * Highlights and notes, in files of their own, loaded only where a reader annotates (see loader.ts):
 * the notes page, or a chapter page (called again on each selection there; it starts once).
 */
export const annotate = () => {
  const notes = document.querySelector<HTMLElement>(attr(ANNOTATE.notesPageAttr));
  return notes
    ? load<typeof import('./annotate/notes-page.ts')>('notes').then((m) => m.mountNotesPage(notes))
    : load<typeof import('./annotate/chapter.ts')>('chapter').then((m) => m.annotate());
};
