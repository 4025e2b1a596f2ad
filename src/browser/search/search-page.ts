import { connectSearch } from './controller.ts';
import { browserSearch, prepareSearch } from './pagefind.ts';

/**
 * The /search/ page: the query lives in the address (?q=), so a search can be
 * shared and the back button returns to it.
 */
export function mountSearchPage(form: HTMLFormElement): void {
  const input = form.querySelector('input[name="q"]') as HTMLInputElement;
  const status = document.querySelector('#search-status') as HTMLElement;
  const results = document.querySelector('#search-results') as HTMLElement;
  const syncUrl = (q: string) => {
    const url = new URL(location.href);
    if (q.trim()) url.searchParams.set('q', q.trim());
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
  };
  const { update } = connectSearch(input, status, results, browserSearch, syncUrl);
  // The engine starts loading when the field gets focus (or at once, with a query to run).
  input.addEventListener('focus', prepareSearch, { once: true });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void update();
  });
  // What the reader typed before the search code arrived wins over the address.
  if (!input.value) input.value = new URLSearchParams(location.search).get('q') ?? '';
  // Into the box, unless the reader has already moved focus (the code arrives asynchronously).
  if (document.activeElement === document.body || document.activeElement === null) input.focus();
  if (document.activeElement === input) prepareSearch();
  if (input.value) void update();
}
