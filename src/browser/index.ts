/**
 * The edition's script, loaded only when a reader asks for search or a citation
 * (see loader.ts). Its styles are in place before anything shows.
 */
import { adoptSearchStyles } from './search/stylesheet.ts';
import { siteBase } from './site-base.ts';

adoptSearchStyles();

export { openDialog } from './search/dialog.ts';
export { highlightFromUrl } from './search/highlight.ts';
export { mountSearchPage } from './search/search-page.ts';

/** The citation panel is its own file (search-ui-cite.js): a reader who only searches never downloads it. */
export const cite = (link: HTMLAnchorElement) =>
  (import(/* @vite-ignore */ new URL('search-ui-cite.js', import.meta.url).href) as Promise<typeof import('./cite/cite-panel.ts')>).then((m) => m.cite(link, siteBase));
