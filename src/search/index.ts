/**
 * The edition's script, loaded only when a reader asks for search or a citation
 * (see src/lib/search-loader.ts). Each entry point waits for its stylesheet, so
 * nothing shows unstyled.
 */
import './search.css';
import { cite as citePassage } from '../cite/cite-panel.ts';
import { openDialog as open } from './dialog.ts';
import { highlightFromUrl as highlight } from './highlight.ts';
import { mountSearchPage as mount } from './search-page.ts';
import { stylesheetReady } from './stylesheet.ts';

const ready = stylesheetReady();

export const openDialog = () => ready.then(open);
export const highlightFromUrl = () => ready.then(highlight);
export const mountSearchPage = (form: HTMLFormElement) => ready.then(() => mount(form));
export const cite = (link: HTMLAnchorElement) => ready.then(() => citePassage(link));
