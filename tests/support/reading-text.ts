import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { remove } from 'unist-util-remove';
import { EDITION_ADDITION_SELECTORS } from '../../src/edition/markup.ts';

/** The pages that carry the book's text, in the book's order. */
export const READING_PAGES = ['index.html', 'chapter-2/index.html', 'chapter-3/index.html', 'chapter-4/index.html'];

/**
 * The book's text as a page shows it: every [data-pagefind-body] region without
 * what the edition itself adds ([data-pagefind-ignore]: permalinks, placeholders,
 * editorial notes; and the sidenotes), with block elements on their own lines.
 * Note markers stay: they are the source's, though search does not index them.
 */
export function readingText(html: string): string {
  const tree: Root = fromHtml(html);
  const bodies = selectAll('[data-pagefind-body]', tree) as Element[];
  return bodies
    .map((body) => {
      const copy = structuredClone(body);
      const additions = new Set(EDITION_ADDITION_SELECTORS.flatMap((s) => selectAll(s, copy)));
      remove(copy, (node) => node.type === 'element' && ((node as Element).properties.dataPagefindIgnore !== undefined || additions.has(node as Element)));
      return toText(copy);
    })
    .join('\n');
}

export function readingTextOfSite(distDir: string, pages: readonly string[] = READING_PAGES): string {
  return pages.map((p) => readingText(readFileSync(join(distDir, p), 'utf8'))).join('\n');
}

/** Words as printed: split at ordinary white space only, so no-break spaces stay inside their token. */
export function words(text: string): string[] {
  return text.split(/[ \t\n\r\f]+/).filter(Boolean);
}
