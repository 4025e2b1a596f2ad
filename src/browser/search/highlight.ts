/**
 * On arrival from a search result (?highlight=words), mark those words in the
 * reading text, bring the first one in the target passage into view, and offer
 * a control that clears the marks. The words are marked as a phrase (a name of
 * several words is marked as the name), whole words only, with their
 * possessives; where the target passage lacks the phrase, its words are marked
 * there.
 */
import { ATTR, CLASS, NOT_READING_TEXT, attr } from '../../edition/markup.ts';
import { escapeRegExp } from '../../edition/whole-words.ts';

const PARAM = 'highlight';
/** Words of a highlight, at most (the address is the reader's to edit). */
const MAX_TERMS = 8;

/** Each character's folded form (no diacritics, lower case), with a map back to the original. */
export function foldWithMap(text: string): { folded: string; map: number[] } {
  let folded = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const f = text[i].normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    for (let k = 0; k < f.length; k++) map.push(i);
    folded += f;
  }
  map.push(text.length);
  return { folded, map };
}

const HAN = /\p{Script=Han}/u;

/**
 * One pattern for `words` as a phrase in folded text: whole words (no letter or
 * digit either side) with an optional possessive, any spacing between them.
 * Chinese matches anywhere (it has no spaces between words).
 */
export function phrasePattern(words: readonly string[]): RegExp | null {
  const folded = words.map((w) => foldWithMap(w).folded).filter(Boolean);
  if (folded.length === 0) return null;
  if (folded.some((w) => HAN.test(w))) return new RegExp(folded.map(escapeRegExp).join(''), 'gu');
  return new RegExp(`(?<![\\p{L}\\p{N}])${folded.map(escapeRegExp).join('\\s+')}(?:[’']s)?(?![\\p{L}\\p{N}])`, 'gu');
}

/** Ranges [start, end) in `text` where `pattern` (over folded text) matches. */
export function matchRanges(text: string, pattern: RegExp | null): [number, number][] {
  if (!pattern) return [];
  const { folded, map } = foldWithMap(text);
  return [...folded.matchAll(pattern)].map((m): [number, number] => [map[m.index ?? 0], map[(m.index ?? 0) + m[0].length]]);
}

/** The words to mark, from the address; none for a missing or empty parameter. */
export function highlightTerms(search: string): string[] {
  return (new URLSearchParams(search).get(PARAM) ?? '').split(/\s+/).filter(Boolean).slice(0, MAX_TERMS);
}

/** The id a fragment names, decoded where it can be: a malformed one (#%E0%A4%A) is taken as written. */
export function fragmentId(hash: string): string {
  const raw = hash.replace(/^#/, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

const BLOCK = 'p, li, blockquote, figcaption, h1, h2, h3, h4, h5, h6, td, th, dd, dt, pre, div, section, figure, header';

/** The text nodes under `root` that are reading text, grouped by the block they are in. */
function blocks(root: Element): Text[][] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest(NOT_READING_TEXT) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const groups = new Map<Element | null, Text[]>();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const block = n.parentElement?.closest(BLOCK) ?? null;
    const group = groups.get(block) ?? [];
    group.push(n as Text);
    groups.set(block, group);
  }
  return [...groups.values()];
}

/** Wrap every match of `pattern` under `root` in a mark (a match across inline elements gets a mark per piece). */
function markIn(root: Element, pattern: RegExp | null): HTMLElement[] {
  const marks: HTMLElement[] = [];
  for (const nodes of blocks(root)) {
    const starts: number[] = [];
    let text = '';
    for (const n of nodes) {
      starts.push(text.length);
      text += n.data;
    }
    const pieces: { node: Text; start: number; end: number }[] = [];
    for (const [a, b] of matchRanges(text, pattern)) {
      nodes.forEach((node, i) => {
        const start = Math.max(a, starts[i]) - starts[i];
        const end = Math.min(b, starts[i] + node.data.length) - starts[i];
        if (end > start) pieces.push({ node, start, end });
      });
    }
    // From the end backwards, so that splitting a node leaves the offsets before it valid.
    for (const { node, start, end } of pieces.reverse()) {
      const hit = node.splitText(start);
      hit.splitText(end - start);
      const m = document.createElement('mark');
      m.className = CLASS.searchMark;
      hit.replaceWith(m);
      m.append(hit);
      marks.push(m);
    }
  }
  return marks;
}

const inOrder = (a: Node, b: Node) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1);

function clear(marks: HTMLElement[], bar: HTMLElement): void {
  for (const m of marks) m.replaceWith(...m.childNodes);
  document.querySelectorAll(attr(ATTR.pagefindBody)).forEach((r) => r.normalize());
  bar.remove();
  document.documentElement.style.removeProperty('scroll-padding-bottom');
  const url = new URL(location.href);
  url.searchParams.delete(PARAM);
  history.replaceState(history.state, '', url);
  document.getElementById('main')?.focus({ preventScroll: true });
}

/**
 * The bar is fixed at the bottom of the window: the page keeps a focused
 * element clear of it (scroll padding as tall as the bar), so that Tab never
 * lands under it (WCAG 2.4.11).
 */
function keepFocusClear(bar: HTMLElement): void {
  const pad = () => {
    if (!bar.isConnected) return observer.disconnect();
    const gap = window.innerHeight - bar.getBoundingClientRect().top;
    document.documentElement.style.setProperty('scroll-padding-bottom', `${Math.ceil(gap + 8)}px`);
  };
  const observer = new ResizeObserver(pad);
  observer.observe(bar);
  pad();
}

export function highlightFromUrl(): void {
  const terms = highlightTerms(location.search);
  if (terms.length === 0) return;
  const roots = [...document.querySelectorAll(attr(ATTR.pagefindBody))];
  const target = location.hash ? document.getElementById(fragmentId(location.hash)) : null;
  const marks = roots.flatMap((root) => markIn(root, phrasePattern(terms)));
  // A passage found by its words, not the phrase: mark them there.
  if (target && terms.length > 1 && !marks.some((m) => target.contains(m))) {
    marks.push(...terms.flatMap((t) => markIn(target, phrasePattern([t]))));
  }
  marks.sort(inOrder);

  const words = terms.join(' ');
  const bar = document.createElement('div');
  bar.className = 'search-mark-bar panel';
  bar.setAttribute('role', 'region');
  bar.setAttribute('aria-label', 'Search highlights');
  const label = document.createElement('span');
  label.textContent = `${marks.length} ${marks.length === 1 ? 'mark' : 'marks'} for “${words}”`;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button';
  button.textContent = 'Clear highlights';
  button.addEventListener('click', () => clear(marks, bar));
  bar.append(label, ' ', button);
  document.body.append(bar);
  keepFocusClear(bar);

  // The first mark at or after the passage the result pointed to.
  const first = marks.find((m) => !target || target === m || target.compareDocumentPosition(m) & (Node.DOCUMENT_POSITION_FOLLOWING | Node.DOCUMENT_POSITION_CONTAINED_BY)) ?? marks[0];
  first?.classList.add('search-mark-current');
  first?.scrollIntoView({ block: 'center' });
}
