/**
 * Highlights as <mark> elements around the reader's words. Marks only wrap
 * text, so the reading text (and every offset) stays as it was.
 */
import { ANNOTATE, cls } from '../../edition/markup.ts';
import { nodeSpans, type ReadingText } from './reading-text.ts';

/** Wrap [start, end) of the reading text in marks for annotation `id`; returns them in document order. */
export function wrap(rt: ReadingText<Text>, start: number, end: number, id: string): HTMLElement[] {
  const marks: HTMLElement[] = [];
  // Last span first: splitting a node leaves the earlier spans' offsets as they were.
  for (const span of nodeSpans(rt, start, end).reverse()) {
    let node = span.node;
    if (span.end < node.length) node.splitText(span.end);
    if (span.start > 0) node = node.splitText(span.start);
    const mark = document.createElement('mark');
    mark.className = ANNOTATE.mark;
    mark.setAttribute(ANNOTATE.idAttr, id);
    node.replaceWith(mark);
    mark.append(node);
    marks.unshift(mark);
  }
  return marks;
}

/** Remove every highlight mark (of one annotation, or all), leaving the text as it was. */
export function unwrap(root: Element, id?: string): void {
  const selector = id ? `${cls(ANNOTATE.mark)}[${ANNOTATE.idAttr}="${CSS.escape(id)}"]` : cls(ANNOTATE.mark);
  const parents = new Set<Node>();
  for (const mark of root.querySelectorAll(selector)) {
    if (mark.parentNode) parents.add(mark.parentNode);
    mark.replaceWith(...mark.childNodes);
  }
  for (const p of parents) p.normalize();
}
