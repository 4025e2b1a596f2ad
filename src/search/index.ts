/**
 * The edition's script, loaded only when a reader asks for search or a citation
 * (see src/lib/search-loader.ts). Its styles are in place before anything shows.
 */
import { adoptSearchStyles } from './stylesheet.ts';

adoptSearchStyles();

export { openDialog } from './dialog.ts';
export { highlightFromUrl } from './highlight.ts';
export { mountSearchPage } from './search-page.ts';

/** The citation panel is its own chunk: a reader who only searches never downloads it. */
export const cite = (link: HTMLAnchorElement) => import('../cite/cite-panel.ts').then((m) => m.cite(link));
