import { connectSearch } from './controller.ts';
import { siteBase } from '../site-base.ts';
import { browserSearch, prepareSearch } from './pagefind.ts';

let dialog: HTMLDialogElement | undefined;

function build(): HTMLDialogElement {
  const d = document.createElement('dialog');
  d.className = 'search-dialog panel';
  d.setAttribute('aria-labelledby', 'search-dialog-title');
  d.innerHTML = `
    <div class="search-dialog-head">
      <h2 id="search-dialog-title">Search the text</h2>
      <button type="button" class="search-close button">Close</button>
    </div>
    <div role="search">
      <label for="search-dialog-input" class="visually-hidden">Words or names to search for</label>
      <input id="search-dialog-input" class="field" type="search" autocomplete="off" spellcheck="false"
        aria-describedby="search-dialog-hint" aria-controls="search-dialog-results" placeholder="Yudin, Gao Gang, Quemoy…" />
    </div>
    <p id="search-dialog-hint" class="search-hint">Any spelling of a name. ↑ ↓ move through results, Enter opens one, Esc closes.</p>
    <p class="search-status" role="status"></p>
    <div id="search-dialog-results" class="search-output"></div>
    <p class="search-page-link"><a href="">Open this search on its own page</a></p>`;
  document.body.append(d);
  const input = d.querySelector('input') as HTMLInputElement;
  const pageLink = d.querySelector('.search-page-link a') as HTMLAnchorElement;
  const setPageLink = (q: string) => {
    const url = new URL('search/', siteBase);
    if (q.trim()) url.searchParams.set('q', q.trim());
    pageLink.href = url.pathname + url.search;
  };
  setPageLink('');
  connectSearch(input, d.querySelector('.search-status') as HTMLElement, d.querySelector('.search-output') as HTMLElement, browserSearch, setPageLink);
  d.querySelector('.search-close')?.addEventListener('click', () => d.close());
  // In a search field Escape first clears the text (the browser's default): in the dialog one Escape closes it.
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !e.isComposing) {
      e.preventDefault();
      d.close();
    }
  });
  // A click on the backdrop (outside the dialog's box) closes it too.
  d.addEventListener('click', (e) => {
    if (e.target === d) d.close();
  });
  return d;
}

/** Open the search dialog; focus goes to its input and back to where it was on close. */
export function openDialog(): void {
  // The engine starts loading now, while the reader types.
  prepareSearch();
  const opener = document.activeElement as HTMLElement | null;
  dialog ??= build();
  if (dialog.open) {
    dialog.querySelector('input')?.focus();
    return;
  }
  dialog.addEventListener('close', () => opener?.focus?.(), { once: true });
  dialog.showModal();
  const input = dialog.querySelector('input') as HTMLInputElement;
  input.focus();
  input.select();
}
