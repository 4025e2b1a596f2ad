/**
 * A built chapter's reading text for the annotation tests, by the definition
 * the browser uses (src/browser/annotate/reading-text.ts): the same exclusions
 * (NOT_READING_TEXT) and blocks (READING_BLOCKS), walked over hast instead of the DOM.
 */
import { readFileSync } from 'node:fs';
import type { Element, Nodes, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { matches, select } from 'hast-util-select';
import { ATTR, attr, CLASS, cls, NOT_READING_TEXT, READING_BLOCKS } from '../../src/edition/markup.ts';
import { buildReadingText, type Piece, type ReadingText } from '../../src/browser/annotate/reading-text.ts';

const BLOCKS = new Set<string>(READING_BLOCKS);

function* pieces(parent: Element): Generator<Piece<Text>> {
  for (const n of parent.children as Nodes[]) {
    if (n.type === 'text') yield { node: n, text: n.value };
    else if (n.type === 'element') {
      if (matches(NOT_READING_TEXT, n)) {
        yield { boundary: 'gap' };
        continue;
      }
      const block = BLOCKS.has(n.tagName);
      if (block) yield { boundary: 'block' };
      yield* pieces(n);
      if (block) yield { boundary: 'block' };
    }
  }
}

/** The reading text of a built chapter page (dist/chapter-N/index.html). */
export function chapterReadingText(file: string): ReadingText<Text> {
  const root = select(`article${cls(CLASS.chapter)}${attr(ATTR.pagefindBody)}`, fromHtml(readFileSync(file, 'utf8')));
  if (!root) throw new Error(`${file}: no chapter article`);
  return buildReadingText(pieces(root));
}
