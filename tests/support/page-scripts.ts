import type { Element, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { PREPAINT } from '../../src/browser/settings/prepaint.ts';

/** A page's scripts that are neither the loader (data-src) nor the settings applied before the first paint: none may exist. */
export function foreignScripts(page: Root): Element[] {
  return (selectAll('script', page) as Element[]).filter((s) => !s.properties.dataSrc && toString(s) !== PREPAINT);
}

/** How many loaders a page has (one). */
export const loaders = (page: Root) => selectAll('script[data-src]', page).length;
