/**
 * On arrival from a search result (?highlight=words), mark those words in the
 * reading text, bring the first one in the target section into view, and offer
 * a control that clears the marks.
 */
import { ATTR, CLASS, NOT_READING_TEXT, attr } from '../../edition/markup.ts';
import { escapeRegExp } from '../../edition/whole-words.ts';

const PARAM = 'highlight';

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

/** Ranges [start, end) in `text` where a word begins with one of `terms` (Chinese: anywhere). */
export function matchRanges(text: string, terms: readonly string[]): [number, number][] {
  const { folded, map } = foldWithMap(text);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    const t = foldWithMap(term).folded;
    if (!t) continue;
    const han = /\p{Script=Han}/u.test(t);
    const escaped = escapeRegExp(t);
    const re = new RegExp(han ? escaped : `(?<![\\p{L}\\p{N}])${escaped}[\\p{L}’']*`, 'gu');
    for (const m of folded.matchAll(re)) ranges.push([map[m.index ?? 0], map[(m.index ?? 0) + m[0].length]]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  return ranges.filter((r, i) => i === 0 || r[0] >= ranges[i - 1][1]);
}

function textNodes(root: Element): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest(NOT_READING_TEXT) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

function mark(terms: string[]): HTMLElement[] {
  const marks: HTMLElement[] = [];
  for (const root of document.querySelectorAll(attr(ATTR.pagefindBody))) {
    for (const node of textNodes(root)) {
      const ranges = matchRanges(node.data, terms);
      for (const [start, end] of ranges.reverse()) {
        const hit = node.splitText(start);
        hit.splitText(end - start);
        const m = document.createElement('mark');
        m.className = CLASS.searchMark;
        hit.replaceWith(m);
        m.append(hit);
        marks.unshift(m);
      }
    }
  }
  return marks.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

function clear(marks: HTMLElement[], bar: HTMLElement): void {
  for (const m of marks) m.replaceWith(...m.childNodes);
  document.querySelectorAll(attr(ATTR.pagefindBody)).forEach((r) => r.normalize());
  bar.remove();
  const url = new URL(location.href);
  url.searchParams.delete(PARAM);
  history.replaceState(history.state, '', url);
  document.getElementById('main')?.focus({ preventScroll: true });
}

export function highlightFromUrl(): void {
  const words = new URLSearchParams(location.search).get(PARAM)?.trim();
  if (!words) return;
  const terms = words.split(/\s+/).slice(0, 8);
  const marks = mark(terms);

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

  // The first mark at or after the section the result pointed to.
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const first = marks.find((m) => !target || target.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING) ?? marks[0];
  first?.classList.add('search-mark-current');
  first?.scrollIntoView({ block: 'center' });
}
