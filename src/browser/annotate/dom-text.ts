/**
 * The reading text (reading-text.ts) of a chapter page's DOM, and the way
 * between its offsets and DOM ranges.
 */
import { attr, ATTR, CLASS, cls, NOT_READING_TEXT, READING_BLOCKS } from '../../edition/markup.ts';
import { buildReadingText, offsetAt, type Piece, type ReadingText } from './reading-text.ts';

const BLOCKS = new Set<string>(READING_BLOCKS);

/** The chapter's reading-text root: its <article>. */
export const readingRoot = (doc: Document = document): HTMLElement | null =>
  doc.querySelector<HTMLElement>(`article${cls(CLASS.chapter)}${attr(ATTR.pagefindBody)}`);

/** The walk reading-text.ts defines: text nodes, left-out elements as gaps, blocks as boundaries. */
function* pieces(parent: Node): Generator<Piece<Text>> {
  for (const n of parent.childNodes) {
    if (n.nodeType === Node.TEXT_NODE) yield { node: n as Text, text: (n as Text).data };
    else if (n.nodeType === Node.ELEMENT_NODE) {
      const el = n as Element;
      if (el.matches(NOT_READING_TEXT)) {
        yield { boundary: 'gap' };
        continue;
      }
      const block = BLOCKS.has(el.localName);
      if (block) yield { boundary: 'block' };
      yield* pieces(el);
      if (block) yield { boundary: 'block' };
    }
  }
}

export const readingTextOf = (root: Element): ReadingText<Text> => buildReadingText(pieces(root));

/** The reading-text offset of a DOM boundary point (container, offset). */
export function offsetOfPoint(rt: ReadingText<Text>, container: Node, off: number): number {
  if (container.nodeType === Node.TEXT_NODE) {
    const k = rt.nodes.indexOf(container as Text);
    if (k !== -1) return offsetAt(rt, k, off);
  }
  // A point between elements, or in left-out text: count the reading text before it.
  const probe = container.ownerDocument!.createRange();
  probe.setStart(container, off);
  let lo = 0;
  let hi = rt.nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (probe.comparePoint(rt.nodes[mid], 0) < 0) lo = mid + 1;
    else hi = mid;
  }
  return offsetAt(rt, lo, -1);
}

/** [start, end) of the reading text a DOM range covers. */
export const offsetsOf = (rt: ReadingText<Text>, range: Range): { start: number; end: number } => ({
  start: offsetOfPoint(rt, range.startContainer, range.startOffset),
  end: offsetOfPoint(rt, range.endContainer, range.endOffset),
});

/** A DOM range over [start, end) of the reading text. */
export function rangeOf(rt: ReadingText<Text>, start: number, end: number): Range {
  const range = (rt.nodes[0]?.ownerDocument ?? document).createRange();
  let s = start;
  while (s < end && rt.offset[s] < 0) s++;
  let e = end - 1;
  while (e > s && rt.offset[e] < 0) e--;
  range.setStart(rt.nodes[rt.node[s]], rt.offset[s]);
  range.setEnd(rt.nodes[rt.node[e]], rt.offset[e] + 1);
  return range;
}
