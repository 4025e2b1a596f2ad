import { runSearch, type SearchDeps, type SearchOutcome } from './engine.ts';
import { prepareQuery } from './query.ts';
import { renderResults, statusText } from './render.ts';

/**
 * Wires a search input to its status line and results: debounced, latest query wins,
 * ↑/↓ move between the input and the result links.
 */
export function connectSearch(input: HTMLInputElement, status: HTMLElement, results: HTMLElement, deps: SearchDeps, onQuery?: (q: string) => void) {
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function update(): Promise<void> {
    const id = ++latest;
    const value = input.value;
    const query = prepareQuery(value);
    onQuery?.(value);
    status.textContent = statusText(query);
    if (query.kind !== 'search') {
      renderResults(results, query);
      results.dataset.for = value;
      return;
    }
    let outcome: SearchOutcome;
    try {
      outcome = await runSearch(query, deps);
    } catch {
      if (id === latest) status.textContent = 'Search is not available right now. The contents page lists every section.';
      return;
    }
    if (id !== latest) return;
    status.textContent = statusText(query, outcome);
    renderResults(results, query, outcome);
    results.dataset.for = value;
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(update, 120);
  });

  const links = () => [...results.querySelectorAll<HTMLAnchorElement>('a')];
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && links().length > 0) {
      e.preventDefault();
      links()[0].focus();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      clearTimeout(timer);
      const first = links()[0];
      // Enter in the box searches; with results already shown it opens the first.
      if (first && prepareQuery(input.value).kind === 'search' && results.dataset.for === input.value) first.click();
      else void update();
    }
  });
  results.addEventListener('keydown', (e) => {
    const all = links();
    const i = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (i === -1) return;
    if (e.key === 'ArrowDown' && i < all.length - 1) {
      e.preventDefault();
      all[i + 1].focus();
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      (i === 0 ? input : all[i - 1]).focus();
    }
  });

  return { update };
}
