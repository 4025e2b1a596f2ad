/**
 * A chapter's reading text: the one string every annotation's offsets
 * (TextPositionSelector) and quotes (TextQuoteSelector) refer to. Pure: the
 * browser builds it from the page's DOM, the unit tests from the built HTML,
 * by the same definition.
 *
 * Definition (version 1; changing it moves every stored offset):
 * 1. The root is the chapter's <article> (the [data-pagefind-body] region).
 * 2. Its text nodes are taken in document order, leaving out every element
 *    matching NOT_READING_TEXT (src/edition/markup.ts): note markers and the
 *    sidenotes, ¶ links, section permalinks, abbreviations the edition spells
 *    out, anything [data-pagefind-ignore] (editorial notes, the print address,
 *    the annotation code's own notes and toolbar), scripts and styles. What is
 *    left is the author's words: headings, paragraphs, block quotations,
 *    epigraphs and captions.
 * 3. Every run of ASCII white space, and every block boundary (READING_BLOCKS)
 *    between two words, becomes one space; no-break spaces are kept. The
 *    text starts and ends with a word.
 * Marks the edition adds around words (search hits, highlights) do not change it.
 */

/** One step of a walk through the chapter in document order. */
export type Piece<N> = { node: N; text: string } | { boundary: 'block' | 'gap' };

/**
 * The reading text, and where each of its characters comes from: text node
 * `nodes[node[i]]` at offset `offset[i]`. A space standing for a block boundary
 * has offset -1 and the node after it. `breaks` lists the offsets at which the
 * text crosses a block or a left-out element (a note marker, say): a text
 * fragment cannot match across them.
 */
export interface ReadingText<N> {
  text: string;
  nodes: N[];
  node: Int32Array;
  offset: Int32Array;
  breaks: number[];
}

const SPACE = /[ \t\n\r\f]/;

export function buildReadingText<N>(pieces: Iterable<Piece<N>>): ReadingText<N> {
  const nodes: N[] = [];
  const chars: string[] = [];
  const node: number[] = [];
  const offset: number[] = [];
  const breaks: number[] = [];
  // A pending space: where its first white-space character was (or -1: a boundary only).
  let pending: { node: number; offset: number } | null = null;
  let broken = false;
  for (const piece of pieces) {
    if ('boundary' in piece) {
      if (piece.boundary === 'block') pending ??= { node: nodes.length, offset: -1 };
      broken = true;
      continue;
    }
    const k = nodes.push(piece.node) - 1;
    if (pending && pending.offset === -1 && pending.node < k) pending.node = k;
    for (let i = 0; i < piece.text.length; i++) {
      const c = piece.text[i];
      if (SPACE.test(c)) {
        pending ??= { node: k, offset: i };
        continue;
      }
      if (pending && chars.length > 0) {
        chars.push(' ');
        node.push(pending.node);
        offset.push(pending.offset);
      }
      if (broken && chars.length > 0 && breaks.at(-1) !== chars.length) breaks.push(chars.length);
      pending = null;
      broken = false;
      chars.push(c);
      node.push(k);
      offset.push(i);
    }
  }
  return { text: chars.join(''), nodes, node: Int32Array.from(node), offset: Int32Array.from(offset), breaks };
}

/**
 * The reading-text offset of a point in text node `nodes[k]` at `off`: the
 * number of characters that come before it. The same for a range's start and end.
 */
export function offsetAt(rt: ReadingText<unknown>, k: number, off: number): number {
  let lo = 0;
  let hi = rt.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const before = rt.node[mid] < k || (rt.node[mid] === k && rt.offset[mid] < off);
    if (before) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The stretches of text nodes that make up [start, end): for each node, the
 * part to mark. Spaces standing for block boundaries have no node and are skipped.
 */
export function nodeSpans<N>(rt: ReadingText<N>, start: number, end: number): { node: N; start: number; end: number }[] {
  const spans: { node: N; start: number; end: number }[] = [];
  for (let i = start; i < end; i++) {
    if (rt.offset[i] < 0) continue;
    const last = spans.at(-1);
    const n = rt.nodes[rt.node[i]];
    if (last && last.node === n) last.end = rt.offset[i] + 1;
    else spans.push({ node: n, start: rt.offset[i], end: rt.offset[i] + 1 });
  }
  return spans;
}

/** The parts of [start, end) between breaks (blocks, left-out elements), trimmed, without empty ones. */
export function runsOf(rt: Pick<ReadingText<unknown>, 'text' | 'breaks'>, start: number, end: number): { start: number; end: number }[] {
  const cuts = [start, ...rt.breaks.filter((b) => b > start && b < end), end];
  const runs: { start: number; end: number }[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    let s = cuts[i];
    let e = cuts[i + 1];
    while (s < e && rt.text[s] === ' ') s++;
    while (e > s && rt.text[e - 1] === ' ') e--;
    if (e > s) runs.push({ start: s, end: e });
  }
  return runs;
}
