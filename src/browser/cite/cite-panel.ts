// Book facts, from the title page and content/editorial/book.json, put in at build time.
import book from 'edition:book';
import { parseChapterPath, parseParagraphId } from '../../edition/addresses.ts';
import { chicagoNote } from './citation.ts';

let panel: HTMLElement | undefined;
let returnTo: HTMLElement | null = null;

/** The passage a permalink points at: chapter, section heading, paragraph number and canonical URL. */
function passageOf(link: HTMLAnchorElement, siteBase: URL) {
  const id = decodeURIComponent(link.hash.slice(1));
  const target = document.getElementById(id);
  const chapter = parseChapterPath(location.pathname, siteBase.pathname) ?? 0;
  const section = target?.closest('section')?.querySelector('h2');
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href.split('#')[0];
  return {
    chapter,
    section: section ? (section.firstChild?.textContent ?? '').trim() : null,
    paragraph: parseParagraphId(id)?.n ?? null,
    url: `${canonical}#${id}`,
  };
}

/** Copy to the clipboard (as HTML too, where it can), and say whether it worked. */
export async function copy(text: string, html: string | null, status: HTMLElement) {
  try {
    if (html && 'ClipboardItem' in window) {
      await navigator.clipboard.write([
        new ClipboardItem({ 'text/plain': new Blob([text], { type: 'text/plain' }), 'text/html': new Blob([html], { type: 'text/html' }) }),
      ]);
    } else await navigator.clipboard.writeText(text);
    status.textContent = 'Copied.';
  } catch {
    status.textContent = 'Could not copy: select the text and copy it.';
  }
}

function close() {
  panel?.remove();
  panel = undefined;
  returnTo?.focus();
}

/** Offer a citation of the passage a section or paragraph permalink points at (the link itself still navigates). */
export function cite(link: HTMLAnchorElement, siteBase: URL): void {
  if (parseChapterPath(location.pathname, siteBase.pathname) === null) return;
  const passage = passageOf(link, siteBase);
  showCitation(`Cite this ${passage.paragraph ? 'paragraph' : 'section'}`, chicagoNote(book, passage), passage.url, link);
}

/** The citation panel: the note, Copy citation, Copy link, Close; focus returns to `from` on closing. Shared with the annotation toolbar's "Cite selection". */
export function showCitation(heading: string, { text, html }: { text: string; html: string }, url: string, from: HTMLElement | null): void {
  panel?.remove();
  returnTo = from;
  panel = document.createElement('div');
  panel.className = 'cite-panel panel';
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-labelledby', 'cite-title');
  panel.innerHTML = `<h2 id="cite-title"></h2>
    <p class="cite-text"></p>
    <div class="cite-actions"><button type="button" class="button" data-copy="citation">Copy citation</button>
    <button type="button" class="button" data-copy="link">Copy link</button>
    <button type="button" class="button" data-close>Close</button></div>
    <p class="cite-status" role="status"></p>`;
  (panel.querySelector('#cite-title') as HTMLElement).textContent = heading;
  (panel.querySelector('.cite-text') as HTMLElement).innerHTML = html;
  const status = panel.querySelector('.cite-status') as HTMLElement;
  panel.querySelector('[data-copy="citation"]')?.addEventListener('click', () => copy(text, html, status));
  panel.querySelector('[data-copy="link"]')?.addEventListener('click', () => copy(url, null, status));
  panel.querySelector('[data-close]')?.addEventListener('click', close);
  panel.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') close();
  });
  document.body.append(panel);
  (panel.querySelector('button') as HTMLButtonElement).focus({ preventScroll: true });
}
