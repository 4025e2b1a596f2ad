/** The search code, loaded only when a reader asks for it (see SearchLoader.astro). */
export { openDialog } from './dialog.ts';
export { highlightFromUrl } from './highlight.ts';
export { mountSearchPage } from './search-page.ts';
