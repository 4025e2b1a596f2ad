/**
 * The search code, loaded only when a reader asks for it (see SearchLoader.astro).
 * Each entry point waits for the search stylesheet, so nothing shows unstyled.
 */
import './search.css';
import { openDialog as open } from './dialog.ts';
import { highlightFromUrl as highlight } from './highlight.ts';
import { mountSearchPage as mount } from './search-page.ts';
import { stylesheetReady } from './stylesheet.ts';

const ready = stylesheetReady();

export const openDialog = () => ready.then(open);
export const highlightFromUrl = () => ready.then(highlight);
export const mountSearchPage = (form: HTMLFormElement) => ready.then(() => mount(form));
