/**
 * Annotations on a chapter page: the stored ones anchored again and shown
 * (highlights, notes beside them, a list of those no longer found), and the
 * toolbar for a new selection: Highlight, Add note, Cite selection, Copy link.
 */
import book from 'edition:book';
import type { WebAnnotation } from '../../edition/formats/annotation.ts';
import { ANNOTATE, ATTR, attr, cls } from '../../edition/markup.ts';
import { chicagoNote } from '../cite/citation.ts';
import { copy, showCitation } from '../cite/cite-panel.ts';
import { type Anchored, anchor } from './anchor.ts';
import { offsetsOf, rangeOf, readingRoot, readingTextOf } from './dom-text.ts';
import { textDirective } from './fragment.ts';
import { unwrap, wrap } from './highlight.ts';
import { layoutMargin, noteCards } from './margin.ts';
import { newAnnotation, noteOf, positionOf, quoteOf, withNote } from './model.ts';
import { canonicalOf, placeOf } from './place.ts';
import { describe, trimmed } from './selectors.ts';
import { BASE, load, onChange, save, StorageError } from './store.ts';
import { adoptAnnotationStyles } from './styles.ts';
import { currentToolbar, hideToolbar, isInToolbar, placeBeside, showToolbar, toolbarShown } from './toolbar.ts';

let root: HTMLElement;
let address: string;
let all: WebAnnotation[] = [];
/** Where each of this chapter's annotations was found today (null: no longer found). */
let anchors = new Map<string, Anchored | null>();
let status: HTMLElement;
let storeError: string | null = null;

const chapterOf = (source: string) => {
  try {
    return new URL(source).pathname === new URL(address).pathname;
  } catch {
    return false;
  }
};
const here = () => all.filter((a) => chapterOf(a.target.source));

/** Say something to assistive technology (and show it briefly). */
function announce(message: string): void {
  status.textContent = '';
  status.textContent = message;
}

function persist(next: WebAnnotation[]): boolean {
  if (storeError) {
    announce(storeError);
    return false;
  }
  try {
    save(next);
    all = next;
    return true;
  } catch (e) {
    announce((e as Error).message);
    return false;
  }
}

/* ---------- Showing what is stored ---------- */

const marksOf = (id: string) => [...root.querySelectorAll<HTMLElement>(`${cls(ANNOTATE.mark)}[${ANNOTATE.idAttr}="${CSS.escape(id)}"]`)];

function render(): void {
  hideToolbar();
  unwrap(root);
  root.querySelectorAll(`${cls(ANNOTATE.note)}, ${cls(ANNOTATE.lost)}`).forEach((n) => n.remove());
  let rt = readingTextOf(root);
  const list = here();
  anchors = new Map(list.map((a) => [a.id, anchor(rt.text, quoteOf(a), positionOf(a))]));
  // Last first: wrapping splits text nodes after the point, never before it.
  const found = list.filter((a) => anchors.get(a.id)).sort((a, b) => anchors.get(b.id)!.start - anchors.get(a.id)!.start);
  let lowest = Infinity;
  for (const a of found) {
    const at = anchors.get(a.id)!;
    if (at.end > lowest) rt = readingTextOf(root);
    const marks = wrap(rt, at.start, at.end, a.id);
    lowest = Math.min(lowest, at.start);
    dressMarks(a, marks);
  }
  for (const a of found.filter((x) => noteOf(x)).reverse()) addNoteCard(a);
  const lost = list.filter((a) => !anchors.get(a.id));
  if (lost.length) showLost(lost);
  relayout();
}

function dressMarks(a: WebAnnotation, marks: HTMLElement[]): void {
  const note = noteOf(a);
  marks.forEach((m, i) => {
    if (note) m.setAttribute('data-has-note', '');
    if (i === 0) {
      m.setAttribute('data-first', '');
      m.setAttribute('data-label', note ? 'Your highlight, with a note' : 'Your highlight');
      // One tab stop per highlight: from it, the toolbar (note, cite, remove).
      m.tabIndex = 0;
    }
    if (i === marks.length - 1) m.setAttribute('data-last', '');
  });
}

function blockOf(node: Node): Element {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement!;
  return el.closest('p, blockquote, h1, h2, figcaption, li') ?? root;
}

function noteCard(a: WebAnnotation): HTMLElement {
  const card = document.createElement('span');
  card.className = ANNOTATE.note;
  card.setAttribute('role', 'note');
  card.setAttribute('aria-label', 'Your note');
  card.setAttribute(ATTR.pagefindIgnore, '');
  card.setAttribute(ANNOTATE.idAttr, a.id);
  return card;
}

function fillCard(card: HTMLElement, a: WebAnnotation): void {
  card.replaceChildren();
  const label = document.createElement('span');
  label.className = 'annotation-note-label';
  label.textContent = 'Your note';
  const text = document.createElement('span');
  text.className = 'annotation-note-text';
  text.textContent = noteOf(a);
  const actions = document.createElement('span');
  actions.className = 'annotation-note-actions';
  actions.append(button('Edit note', () => editNote(a.id)), button('Delete note', () => deleteNote(a.id)));
  card.append(label, text, actions);
}

function addNoteCard(a: WebAnnotation): HTMLElement | null {
  const marks = marksOf(a.id);
  if (!marks.length) return null;
  const card = noteCard(a);
  fillCard(card, a);
  blockOf(marks.at(-1)!).append(card);
  // ARIA's annotation pattern: the highlighted words point to their note.
  card.id = `annotation-note-${noteCards(root).indexOf(card)}`;
  marks[0].setAttribute('aria-details', card.id);
  return card;
}

function button(label: string, run: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'button';
  b.textContent = label;
  b.addEventListener('click', run);
  return b;
}

function showLost(lost: WebAnnotation[]): void {
  const box = document.createElement('div');
  box.className = ANNOTATE.lost;
  box.setAttribute(ATTR.pagefindIgnore, '');
  box.setAttribute('role', 'region');
  box.setAttribute('aria-labelledby', 'annotation-orphans-title');
  box.innerHTML = `<h2 id="annotation-orphans-title">No longer found in the text</h2><p>The text has changed since you made ${lost.length === 1 ? 'this highlight' : 'these highlights'}; ${lost.length === 1 ? 'it is' : 'they are'} kept here and on <a href="${BASE}notes/">your notes</a> page.</p><ul></ul>`;
  const ul = box.querySelector('ul')!;
  for (const a of lost) {
    const li = document.createElement('li');
    const q = document.createElement('blockquote');
    q.textContent = quoteOf(a).exact;
    li.append(q);
    if (noteOf(a)) {
      const n = document.createElement('p');
      n.textContent = `Your note: ${noteOf(a)}`;
      li.append(n);
    }
    li.append(button('Delete', () => remove(a.id)));
    ul.append(li);
  }
  const header = root.querySelector('header');
  if (header) header.after(box);
  else root.prepend(box);
}

let frame = 0;
function relayout(): void {
  cancelAnimationFrame(frame);
  frame = requestAnimationFrame(() => layoutMargin(root, noteCards(root), (card) => marksOf(card.getAttribute(ANNOTATE.idAttr) ?? '')[0] ?? null));
}

/* ---------- Changing annotations ---------- */

function create(range: Range, note: string | null): WebAnnotation | null {
  const rt = readingTextOf(root);
  const raw = offsetsOf(rt, range);
  const { start, end } = trimmed(rt.text, raw.start, raw.end);
  if (end <= start) return null;
  const startRange = rangeOf(rt, start, end);
  const where = placeOf(startRange.startContainer, location.pathname, BASE);
  let a = newAnnotation({ source: address, ...describe(rt.text, start, end), fragment: where.fragment }, new Date());
  if (note) a = withNote(a, note, new Date());
  return persist([...all, a]) ? a : null;
}

function remove(id: string): void {
  if (persist(all.filter((a) => a.id !== id))) {
    render();
    announce('Highlight removed.');
    (document.getElementById('main') as HTMLElement | null)?.focus({ preventScroll: true });
  }
}

function deleteNote(id: string): void {
  const a = all.find((x) => x.id === id);
  if (!a) return;
  if (persist(all.map((x) => (x.id === id ? withNote(x, '', new Date()) : x)))) {
    render();
    announce('Note deleted; the highlight stays.');
    marksOf(id)[0]?.focus();
  }
}

/** Open the note editor beside the highlight (inline, or in the margin). */
function editNote(id: string): void {
  const a = all.find((x) => x.id === id);
  const marks = marksOf(id);
  if (!a || !marks.length) return;
  hideToolbar();
  let card = root.querySelector<HTMLElement>(`${cls(ANNOTATE.note)}[${ANNOTATE.idAttr}="${CSS.escape(id)}"]`);
  if (!card) {
    card = noteCard(a);
    blockOf(marks.at(-1)!).append(card);
  }
  card.replaceChildren();
  const fieldId = `annotation-note-field-${[...root.querySelectorAll(cls(ANNOTATE.note))].indexOf(card)}`;
  const label = document.createElement('label');
  label.className = 'annotation-note-label';
  label.htmlFor = fieldId;
  label.textContent = `Your note on “${excerpt(quoteOf(a).exact)}”`;
  const field = document.createElement('textarea');
  field.id = fieldId;
  field.className = 'field';
  field.value = noteOf(a);
  const actions = document.createElement('span');
  actions.className = 'annotation-note-actions';
  const done = () => {
    render();
    // Back to the highlight, brought into view (on a phone the note was below the paragraph, the words above).
    const mark = marksOf(id)[0];
    mark?.focus({ preventScroll: true });
    mark?.scrollIntoView({ block: 'nearest' });
  };
  const saveNote = () => {
    if (persist(all.map((x) => (x.id === id ? withNote(x, field.value, new Date()) : x)))) {
      done();
      announce(field.value.trim() ? 'Note saved.' : 'Note removed.');
    }
  };
  actions.append(button('Save note', saveNote), button('Cancel', done));
  field.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') done();
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) saveNote();
  });
  card.append(label, field, actions);
  relayout();
  field.focus({ preventScroll: true });
  card.scrollIntoView({ block: 'nearest' });
}

const excerpt = (s: string, n = 60) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/* ---------- Citing and linking ---------- */

function linkFor(start: number, end: number): { url: string; place: ReturnType<typeof placeOf> } {
  const rt = readingTextOf(root);
  const range = rangeOf(rt, start, end);
  const place = placeOf(range.startContainer, location.pathname, BASE);
  const directive = textDirective(rt, start, end);
  const url = `${address}#${place.fragment ?? ''}${directive ? `:~:text=${directive}` : ''}`;
  return { url, place };
}

function cite(start: number, end: number, from: HTMLElement | null): void {
  const rt = readingTextOf(root);
  const { url, place } = linkFor(start, end);
  const note = chicagoNote(book, { chapter: place.chapter, section: place.section, paragraph: place.paragraph, url, quote: rt.text.slice(start, end) });
  showCitation('Cite the selected words', note, url, from);
}

/* ---------- The toolbar ---------- */

/**
 * The selection's reading-text offsets, if it lies within the chapter's text
 * and holds words. An end may rest on something the edition adds inside a
 * paragraph (its number, a note marker, a spelt-out abbreviation): a reader
 * dragging from a paragraph's start begins on its number. The offsets leave
 * those out. An end in what the edition adds around the text (the chapter's
 * editorial note, a photograph's placeholder: data-pagefind-ignore) is outside.
 */
function selected(): { range: Range; start: number; end: number } | null {
  const sel = getSelection();
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0);
  const inText = (n: Node) => {
    const el = n.nodeType === Node.ELEMENT_NODE ? (n as Element) : n.parentElement;
    return !!el && root.contains(el) && !el.closest(attr(ATTR.pagefindIgnore));
  };
  if (!inText(range.startContainer) || !inText(range.endContainer)) return null;
  const rt = readingTextOf(root);
  const raw = offsetsOf(rt, range);
  const { start, end } = trimmed(rt.text, raw.start, raw.end);
  return end > start ? { range, start, end } : null;
}

function offerForSelection(): void {
  const s = selected();
  if (!s) return;
  const range = s.range.cloneRange();
  const restore = () => {
    hideToolbar();
    const sel = getSelection();
    sel?.removeAllRanges();
    sel?.addRange(range);
  };
  announce('Words selected: press Tab for Highlight, Add note, Cite selection and Copy link.');
  showToolbar(range, 'Selected words', [
    {
      label: 'Highlight',
      run: () => {
        const a = create(range, null);
        if (!a) return;
        getSelection()?.removeAllRanges();
        render();
        announce('Highlighted.');
        marksOf(a.id)[0]?.focus({ preventScroll: true });
      },
    },
    {
      label: 'Add note',
      run: () => {
        const a = create(range, null);
        if (!a) return;
        getSelection()?.removeAllRanges();
        render();
        editNote(a.id);
      },
    },
    { label: 'Cite selection', run: () => cite(s.start, s.end, null) },
    {
      label: 'Copy link',
      run: () => {
        copy(linkFor(s.start, s.end).url, null, status);
      },
    },
  ], restore);
}

function offerForMark(mark: HTMLElement): void {
  const id = mark.getAttribute(ANNOTATE.idAttr) ?? '';
  const a = all.find((x) => x.id === id);
  const at = anchors.get(id);
  if (!a || !at) return;
  const marks = marksOf(id);
  const range = document.createRange();
  range.setStartBefore(marks[0]);
  range.setEndAfter(marks.at(-1)!);
  const bar = showToolbar(range, noteOf(a) ? 'Your highlight and note' : 'Your highlight', [
    { label: noteOf(a) ? 'Edit note' : 'Add note', run: () => editNote(id) },
    { label: 'Cite', run: () => cite(at.start, at.end, marks[0]) },
    { label: 'Copy link', run: () => copy(linkFor(at.start, at.end).url, null, status) },
    { label: 'Remove highlight', run: () => remove(id) },
  ], () => {
    hideToolbar();
    marks[0]?.focus();
  });
  placeBeside(bar, marks.flatMap((m) => [...m.getClientRects()]));
  bar.querySelector('button')?.focus({ preventScroll: true });
}

let timer = 0;
let pointerDown = false;

function scheduleOffer(): void {
  clearTimeout(timer);
  timer = window.setTimeout(() => {
    if (pointerDown || isInToolbar(document.activeElement)) return;
    offerForSelection();
  }, 250);
}

/** The toolbar, and the selection, that Tab has already taken the reader to. */
let tabbedInto: HTMLElement | null = null;
let tabbedFrom: Range | null = null;
const sameRange = (a: Range, b: Range) =>
  a.compareBoundaryPoints(Range.START_TO_START, b) === 0 && a.compareBoundaryPoints(Range.END_TO_END, b) === 0;

function listen(): void {
  document.addEventListener('selectionchange', () => {
    const sel = getSelection();
    // A toolbar for a mark, or one being used, stays; a new selection replaces it.
    if (toolbarShown() && (isInToolbar(document.activeElement) || !sel || sel.isCollapsed)) {
      if (sel?.isCollapsed && !isInToolbar(document.activeElement) && !document.activeElement?.matches(cls(ANNOTATE.mark))) hideToolbar();
      return;
    }
    if (toolbarShown()) hideToolbar();
    scheduleOffer();
  });
  document.addEventListener('pointerdown', (e) => {
    if (!isInToolbar(e.target as Node)) pointerDown = true;
  });
  // A long press that becomes a selection on a touch screen ends in pointercancel, not pointerup.
  for (const type of ['pointerup', 'pointercancel']) {
    document.addEventListener(type, () => {
      pointerDown = false;
      scheduleOffer();
    });
  }
  root.addEventListener('click', (e) => {
    const mark = (e.target as Element).closest?.(cls(ANNOTATE.mark)) as HTMLElement | null;
    const sel = getSelection();
    if (mark && (!sel || sel.isCollapsed)) offerForMark(marksOf(mark.getAttribute(ANNOTATE.idAttr) ?? '')[0] ?? mark);
  });
  root.addEventListener('keydown', (e) => {
    const mark = (e.target as Element).closest?.(cls(ANNOTATE.mark)) as HTMLElement | null;
    if (mark && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      offerForMark(mark);
    }
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && toolbarShown()) hideToolbar();
    // Tab from a selection goes to its toolbar (browsers start Tab from focus, not from the selection),
    // once: after that, or after Escape, Tab goes on through the page (no keyboard trap, WCAG 2.1.2).
    if (e.key === 'Tab' && !e.shiftKey && !e.ctrlKey && !e.altKey && !e.metaKey && !isInToolbar(document.activeElement)) {
      const sel = getSelection();
      const range = sel && !sel.isCollapsed && sel.rangeCount > 0 ? sel.getRangeAt(0) : null;
      if (range && tabbedFrom && sameRange(range, tabbedFrom)) return;
      if (toolbarShown() && currentToolbar() === tabbedInto) return;
      if (!toolbarShown()) {
        clearTimeout(timer);
        offerForSelection();
      }
      const first = document.querySelector<HTMLElement>(`${cls(ANNOTATE.toolbar)} [tabindex="0"]`);
      if (first) {
        e.preventDefault();
        first.focus();
        tabbedInto = currentToolbar();
        tabbedFrom = range?.cloneRange() ?? null;
      }
    }
  }, true);
  addEventListener('resize', relayout);
  new ResizeObserver(relayout).observe(root);
  onChange(() => {
    try {
      all = load();
      render();
    } catch (e) {
      storeError = (e as Error).message;
    }
  });
}

let started = false;

/** Start on a chapter page: show what is stored, offer the toolbar for selections. */
export function annotate(): void {
  if (started) return;
  const r = readingRoot();
  if (!r) return;
  started = true;
  root = r;
  adoptAnnotationStyles();
  address = canonicalOf(document, `${location.origin}${location.pathname}`);
  status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  document.body.append(status);
  try {
    all = load();
  } catch (e) {
    if (!(e instanceof StorageError)) throw e;
    storeError = e.message;
  }
  render();
  listen();
  // A selection made before the code arrived (the loader starts it on the first one).
  scheduleOffer();
}
