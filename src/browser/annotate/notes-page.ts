/**
 * The notes page (/notes/): every highlight and note kept in this browser,
 * grouped by chapter and section, each linking back to its words; a filter,
 * editing and deleting, export (Web Annotation JSON-LD, Markdown), import
 * (validated, merged without duplicates) and delete-all with confirmation.
 * Each annotated chapter is fetched from this site (nothing goes elsewhere)
 * to anchor its annotations, name their sections and build their links.
 */
import book from 'edition:book';
import type { WebAnnotation } from '../../edition/formats/annotation.ts';
import { chapterLabel, parseChapterPath } from '../../edition/addresses.ts';
import { CLASS, cls } from '../../edition/markup.ts';
import { chicagoNote } from '../cite/citation.ts';
import { anchor } from './anchor.ts';
import { rangeOf, readingRoot, readingTextOf } from './dom-text.ts';
import { merge, parseImport, toCollection } from './exchange.ts';
import { textDirective } from './fragment.ts';
import { type NoteEntry, toMarkdown } from './markdown.ts';
import { changedAt, fragmentOf, noteOf, positionOf, quoteOf, withNote } from './model.ts';
import { canonicalOf, placeOf } from './place.ts';
import { BASE, load, onChange, save } from './store.ts';
import { adoptAnnotationStyles } from './styles.ts';

interface Shown extends NoteEntry {
  annotation: WebAnnotation;
  chapter: number;
  /** Where the reader goes from here: this site's page, the paragraph, the words. */
  href: string;
  order: number;
}

const TITLE = `Notes on ${book.author}, ${book.title}`;
let root: HTMLElement;
let list: HTMLElement;
let status: HTMLElement;
let filter: HTMLInputElement;
let items: WebAnnotation[] = [];
let shown: Shown[] = [];
let readable = true;

const html = (tag: string, attrs: Record<string, string> = {}, text?: string) => {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (text !== undefined) el.textContent = text;
  return el;
};
const button = (label: string, run: () => void, attrs: Record<string, string> = {}) => {
  const b = html('button', { type: 'button', class: 'button', ...attrs }, label) as HTMLButtonElement;
  b.addEventListener('click', run);
  return b;
};
const say = (message: string) => {
  status.textContent = message;
};

/** This site's address of a chapter an annotation names (its canonical address may be the published site's). */
const localPath = (source: string) => new URL(source).pathname;

/** The site the edition is published at (its canonical origin) and this one: an annotation must be on one of their chapters. */
function belongs(source: string): boolean {
  try {
    const url = new URL(source);
    const origins = new Set([location.origin, new URL(canonicalOf(document, location.href)).origin]);
    return origins.has(url.origin) && parseChapterPath(url.pathname, BASE) !== null;
  } catch {
    return false;
  }
}

const pages = new Map<string, Promise<Document | null>>();
function chapterPage(path: string): Promise<Document | null> {
  let p = pages.get(path);
  if (!p) {
    p = fetch(path)
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status)))))
      // The chapter's own inline styles are not allowed by this page's CSP (each page lists only its own); parsing them would report violations, and only the text is read.
      .then((t) => new DOMParser().parseFromString(t.replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, ''), 'text/html'))
      .catch(() => null);
    pages.set(path, p);
  }
  return p;
}

/** Each annotation with its place in the text today. */
async function place(list: WebAnnotation[]): Promise<Shown[]> {
  const out = await Promise.all(
    list.map(async (a): Promise<Shown> => {
      const path = localPath(a.target.source);
      const chapter = parseChapterPath(path, BASE) ?? 0;
      const doc = await chapterPage(path);
      const article = doc && readingRoot(doc);
      const quote = quoteOf(a);
      const title = article?.querySelector(cls(CLASS.chapterTitle))?.textContent?.trim();
      const base = {
        annotation: a,
        chapter,
        chapterHeading: title ? `${chapterLabel(chapter)}: ${title}` : chapterLabel(chapter),
        quote: quote.exact,
        note: noteOf(a),
      };
      const fragment = fragmentOf(a);
      const fallback = `${path}${fragment ? `#${fragment}` : ''}`;
      if (!article) {
        const citation = chicagoNote(book, { chapter, section: null, paragraph: null, url: a.target.source, quote: quote.exact }).text;
        return { ...base, section: null, citation, link: a.target.source, href: fallback, found: true, order: positionOf(a)?.start ?? 0 };
      }
      const rt = readingTextOf(article);
      const at = anchor(rt.text, quote, positionOf(a));
      if (!at) {
        const citation = chicagoNote(book, { chapter, section: null, paragraph: null, url: a.target.source, quote: quote.exact }).text;
        return { ...base, section: null, citation, link: a.target.source, href: fallback, found: false, order: Number.MAX_SAFE_INTEGER };
      }
      const where = placeOf(rangeOf(rt, at.start, at.end).startContainer, path, BASE);
      const directive = textDirective(rt, at.start, at.end);
      const hash = `#${where.fragment ?? ''}${directive ? `:~:text=${directive}` : ''}`;
      const link = `${a.target.source.split('#')[0]}${hash}`;
      const citation = chicagoNote(book, { chapter, section: where.section, paragraph: where.paragraph, url: link, quote: rt.text.slice(at.start, at.end) }).text;
      return { ...base, section: where.section, citation, link, href: `${path}${hash}`, found: true, order: at.start };
    }),
  );
  return out.sort((x, y) => x.chapter - y.chapter || x.order - y.order || changedAt(x.annotation).localeCompare(changedAt(y.annotation)));
}

function persist(next: WebAnnotation[]): boolean {
  // What is stored could not be read: writing now would lose it.
  if (!readable) {
    say('The notes stored in this browser cannot be read, so nothing was changed.');
    return false;
  }
  try {
    save(next);
    items = next;
    return true;
  } catch (e) {
    say((e as Error).message);
    return false;
  }
}

/* ---------- The list ---------- */

function entryView(e: Shown): HTMLElement {
  const li = html('li', { class: 'notes-entry', 'data-annotation-id': e.annotation.id });
  const q = html('blockquote', {}, e.quote);
  li.append(q);
  if (!e.found) li.append(html('p', { class: 'notes-lost' }, 'No longer found in the text.'));
  const note = html('p', { class: 'notes-note' });
  if (e.note) {
    note.append(html('span', { class: 'visually-hidden' }, 'Your note: '), e.note);
    li.append(note);
  }
  const actions = html('p', { class: 'notes-actions' });
  const go = html('a', { href: e.href }, 'Go to the passage');
  actions.append(go, button(e.note ? 'Edit note' : 'Add note', () => edit(li, e)), button('Delete', () => remove(e.annotation.id)));
  li.append(actions);
  return li;
}

function edit(li: HTMLElement, e: Shown): void {
  const id = `notes-edit-${shown.indexOf(e)}`;
  const form = html('div', { class: 'notes-edit' });
  const label = html('label', { for: id }, `Your note on “${e.quote.length > 60 ? `${e.quote.slice(0, 59)}…` : e.quote}”`);
  const field = html('textarea', { id, class: 'field', rows: '4' }) as HTMLTextAreaElement;
  field.value = e.note;
  const saveNote = () => {
    if (persist(items.map((a) => (a.id === e.annotation.id ? withNote(a, field.value, new Date()) : a)))) {
      say(field.value.trim() ? 'Note saved.' : 'Note removed; the highlight stays.');
      refresh().then(() => (list.querySelector<HTMLElement>(`[data-annotation-id="${CSS.escape(e.annotation.id)}"] .button`) ?? filter).focus());
    }
  };
  const cancel = () => {
    form.replaceWith(actionsOf(li, e));
    (li.querySelector('.button') as HTMLElement | null)?.focus();
  };
  field.addEventListener('keydown', (k) => {
    if (k.key === 'Escape') cancel();
  });
  form.append(label, field, button('Save note', saveNote), ' ', button('Cancel', cancel));
  li.querySelector('.notes-actions')?.replaceWith(form);
  field.focus();
}

const actionsOf = (li: HTMLElement, e: Shown) => {
  const fresh = entryView(e).querySelector('.notes-actions')!;
  li.append(fresh);
  return fresh;
};

function remove(id: string): void {
  if (persist(items.filter((a) => a.id !== id))) {
    say('Deleted.');
    refresh().then(() => filter.focus());
  }
}

function draw(): void {
  const words = filter.value.trim().toLowerCase();
  const visible = shown.filter((e) => !words || `${e.quote} ${e.note} ${e.section ?? ''}`.toLowerCase().includes(words));
  list.replaceChildren();
  if (items.length === 0) {
    list.append(html('p', { class: 'notes-empty' }, readable ? 'You have no highlights or notes yet. Select words in a chapter to highlight them or add a note.' : ''));
    return;
  }
  let chapter: string | null = null;
  let section: string | null | undefined;
  let ul: HTMLElement | null = null;
  for (const e of visible) {
    if (e.chapterHeading !== chapter) {
      chapter = e.chapterHeading;
      section = undefined;
      list.append(html('h2', {}, chapter));
    }
    if (e.section !== section || !ul) {
      section = e.section;
      if (section) list.append(html('h3', {}, section));
      ul = html('ul', { class: 'notes-list' });
      list.append(ul);
    }
    ul.append(entryView(e));
  }
  const count = `${visible.length} of ${items.length} ${items.length === 1 ? 'highlight' : 'highlights'}`;
  root.querySelector('.notes-count')!.textContent = words ? `Showing ${count}.` : `${items.length} ${items.length === 1 ? 'highlight' : 'highlights'} in this browser.`;
}

async function refresh(): Promise<void> {
  try {
    items = load();
    readable = true;
  } catch (e) {
    items = [];
    readable = false;
    say((e as Error).message);
  }
  shown = await place(items);
  draw();
}

/* ---------- Export, import, delete all ---------- */

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = html('a', { href: url, download: name }) as HTMLAnchorElement;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const exportJson = () => JSON.stringify(toCollection(items, TITLE), null, 2);
const exportMarkdown = () => toMarkdown(TITLE, shown.map((e) => ({ ...e, citation: e.citation.replace(book.title, `*${book.title}*`) })));

async function importFile(file: File): Promise<void> {
  const result = parseImport(file.name, await file.text(), belongs);
  if (!result.ok) {
    say(`${result.message} Nothing stored was changed.`);
    return;
  }
  const merged = merge(items, result.items);
  if (persist(merged.items)) {
    say(`Imported from ${file.name}: ${merged.added} added, ${merged.updated} updated, ${result.items.length - merged.added - merged.updated} already here.`);
    await refresh();
  }
}

function confirmDeleteAll(from: HTMLButtonElement): void {
  const box = html('div', { class: 'notes-confirm', role: 'group', 'aria-labelledby': 'notes-confirm-text' });
  box.append(
    html('p', { id: 'notes-confirm-text' }, `Delete all ${items.length} highlights and notes kept in this browser? This cannot be undone; export them first to keep a copy.`),
    button('Delete all', () => {
      if (persist([])) {
        box.remove();
        say('All highlights and notes deleted.');
        refresh().then(() => from.focus());
      }
    }),
    ' ',
    button('Keep them', () => {
      box.remove();
      from.focus();
    }),
  );
  from.closest('.notes-tools')?.after(box);
  (box.querySelector('button') as HTMLElement).focus();
}

/** Build the page's controls in its [data-notes-page] root. */
export async function mountNotesPage(el: HTMLElement): Promise<void> {
  if (root) return;
  root = el;
  adoptAnnotationStyles();
  const app = html('div', { class: 'notes-app' });
  const tools = html('div', { class: 'notes-tools' });
  const filterLabel = html('label', { for: 'notes-filter' }, 'Show only notes containing');
  filter = html('input', { id: 'notes-filter', class: 'field', type: 'search', autocomplete: 'off' }) as HTMLInputElement;
  filter.addEventListener('input', draw);
  // Opened by the Import button, which says what it is for.
  const file = html('input', { id: 'notes-import-file', type: 'file', accept: '.json,.jsonld,application/json,application/ld+json', hidden: '', 'aria-label': 'Import from a file' }) as HTMLInputElement;
  file.addEventListener('change', () => {
    const f = file.files?.[0];
    if (f) importFile(f).finally(() => (file.value = ''));
  });
  const deleteAll = button('Delete all…', () => (items.length ? confirmDeleteAll(deleteAll) : say('There is nothing to delete.')));
  tools.append(
    html('p', { class: 'notes-count', 'aria-live': 'polite' }),
    filterLabel,
    filter,
    html('p', { class: 'notes-buttons' }),
  );
  tools.querySelector('.notes-buttons')!.append(
    button('Export as Web Annotations (JSON)', () => download('notes.jsonld', 'application/ld+json', exportJson())),
    ' ',
    button('Export as Markdown', () => download('notes.md', 'text/markdown', exportMarkdown())),
    ' ',
    button('Import from a file…', () => file.click()),
    ' ',
    deleteAll,
    file,
  );
  status = html('p', { class: 'notes-status', role: 'status' });
  list = html('div', { class: 'notes-output' });
  app.append(tools, status, list);
  root.append(app);
  onChange(() => void refresh());
  await refresh();
}
