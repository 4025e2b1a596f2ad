import { runSearch, type SearchDeps, type SearchOutcome, searchTerm } from './engine.ts';
import { TEXT_FILTER } from './index-filter.ts';
import { prepareQuery } from './query.ts';
import { renderResults, statusText } from './render.ts';

/**
 * How long the reader pauses before the search runs. Longer than the gap
 * between keys of someone typing (so typing a name costs one search, not one a
 * key), short enough to feel immediate. Meanwhile each key already fetches the
 * index chunks the words need (Pagefind's preload), so the search itself only
 * fetches the passages it shows.
 */
export const PAUSE_MS = 200;
/** A last word of one or two letters is most likely the start of a longer one: wait longer before searching for it. */
export const SHORT_WORD_PAUSE_MS = 600;

/** When no more than this many records are left after the first batch, they are loaded too, without asking. */
const AUTO_MORE = 3;

/** A word this long narrows the index chunks enough to fetch them ahead (one letter would fetch many). */
const PRELOAD_FROM = 3;

/**
 * Wires a search input to its status line and results: the search runs once
 * the reader pauses (or presses Enter), and only the latest query's passages
 * are fetched; ↑/↓ move between the input and the result links.
 */
export function connectSearch(input: HTMLInputElement, status: HTMLElement, results: HTMLElement, deps: SearchDeps, onQuery?: (q: string) => void) {
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function update(): Promise<void> {
    clearTimeout(timer);
    const id = ++generation;
    const value = input.value;
    const query = prepareQuery(value);
    if (query.kind !== 'search') {
      status.textContent = statusText(query);
      renderResults(results, query);
      results.dataset.for = value;
      return;
    }
    status.textContent = statusText(query);
    let outcome: SearchOutcome | null;
    try {
      outcome = await runSearch(query, deps, { isCurrent: () => id === generation });
    } catch {
      if (id === generation) status.textContent = 'Search is not available right now. The contents page lists every section.';
      return;
    }
    if (!outcome || id !== generation) return;
    const shown = outcome;
    const rendered = renderResults(results, query, shown, () => (status.textContent = statusText(query, shown)));
    results.dataset.for = value;
    // A few records more are loaded at once, so that the count is exact (announced once, when it is).
    if (!shown.complete && shown.recordsLeft <= AUTO_MORE) await rendered.more();
    else status.textContent = statusText(query, shown);
  }

  /** Fetch ahead what the words typed so far need, without searching. */
  function preload(): void {
    const query = prepareQuery(input.value);
    if (query.kind !== 'search' || query.chinese) return;
    const { term } = searchTerm(query, deps.variants);
    if ((term.split(' ').at(-1) ?? '').length < PRELOAD_FROM) return;
    deps.prefetch?.(term);
    deps
      .english()
      .then((api) => api.preload?.(term, { filters: TEXT_FILTER }))
      .catch(() => undefined);
  }

  input.addEventListener('input', () => {
    onQuery?.(input.value);
    // What is on screen is now for another query: a search still under way is stale.
    generation += 1;
    clearTimeout(timer);
    preload();
    const lastWord = input.value.trim().split(/\s+/).at(-1) ?? '';
    timer = setTimeout(update, lastWord && lastWord.length < PRELOAD_FROM && !/\p{Script=Han}/u.test(lastWord) ? SHORT_WORD_PAUSE_MS : PAUSE_MS);
  });

  const links = () => [...results.querySelectorAll<HTMLAnchorElement>('a')];
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && links().length > 0) {
      e.preventDefault();
      links()[0].focus();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const first = links()[0];
      // Enter in the box searches; with results already shown it opens the first (the best passage).
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
