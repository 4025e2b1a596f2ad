/**
 * A reader's first search, timed in the page: Ctrl+K on a page, then the query
 * typed at a human pace or filled in at once; when the first result is
 * painted (the first result element inserted after the last key, at the next
 * animation frame); what was fetched, and in how many serial round trips.
 * Works for any search dialog given its selectors (the edition's, Starlight's).
 */
import type { Browser, Page } from '@playwright/test';
import { type NetRequest, type NetworkConditions, recordNetwork } from './network.ts';
import { longestSerialChain } from './round-trips.ts';

export interface SearchUi {
  /** Keys that open the search. */
  open: string;
  /** The search field, once open. */
  input: string;
  /** One result. */
  result: string;
  /** Present once the page's search is ready to open (Starlight builds its search box when the page is idle). */
  ready?: string;
}

export const EDITION_SEARCH: SearchUi = { open: 'Control+k', input: 'dialog[open] input[type="search"]', result: 'dialog[open] .search-results li' };
export const STARLIGHT_SEARCH: SearchUi = {
  open: 'Control+k',
  input: 'dialog[open] .pagefind-ui__search-input',
  result: 'dialog[open] .pagefind-ui__result',
  ready: '.pagefind-ui__search-input',
};

interface Probe {
  keys: { key: string; ctrl: boolean; t: number; wall: number }[];
  renders: { t: number; frame: number }[];
}

/** In the page from its first script: key presses, and every insertion of result elements. */
function probe(resultSelector: string): void {
  const b: Probe = { keys: [], renders: [] };
  (window as unknown as { __bench: Probe }).__bench = b;
  addEventListener('keydown', (e) => b.keys.push({ key: e.key, ctrl: e.ctrlKey || e.metaKey, t: performance.now(), wall: Date.now() }), true);
  let pending = false;
  const start = () =>
    new MutationObserver((records) => {
      if (pending) return;
      const added = records.some((r) => [...r.addedNodes].some((n) => n instanceof Element && (n.matches(resultSelector) || n.querySelector(resultSelector))));
      if (!added) return;
      pending = true;
      const t = performance.now();
      requestAnimationFrame(() => {
        pending = false;
        b.renders.push({ t, frame: performance.now() });
      });
    }).observe(document, { childList: true, subtree: true });
  start();
}

export interface SearchRun {
  /** From the last key (typed) or from Ctrl+K (filled at once) to the first result painted. */
  ms: number;
  /** Key presses of the query, and their mean interval. */
  keyIntervalMs?: number;
  /** Every request after the page's load event, up to the results and what they fetch. */
  requests: NetRequest[];
  /** The longest chain of requests one after another, after the last key (typed) or Ctrl+K (filled). */
  serialChain: NetRequest[];
  results: number;
}

async function openAndWait(page: Page, ui: SearchUi): Promise<void> {
  await page.keyboard.press(ui.open);
  await page.locator(ui.input).waitFor({ state: 'visible', timeout: 30_000 });
  await page.waitForFunction((sel) => document.activeElement?.matches(sel) ?? false, ui.input, { timeout: 30_000 });
}

/**
 * Opens `pageUrl`, waits for it to settle, opens the search and enters `query`:
 * typed with `keyDelayMs` between keys, or filled at once when `keyDelayMs` is undefined.
 */
export async function firstSearch(browser: Browser, pageUrl: string, query: string, options: { ui?: SearchUi; network?: NetworkConditions; keyDelayMs?: number } = {}): Promise<SearchRun> {
  const ui = options.ui ?? EDITION_SEARCH;
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(probe, ui.result);
    const net = await recordNetwork(page, options.network);
    await page.goto(pageUrl, { waitUntil: 'load' });
    if (ui.ready) await page.locator(ui.ready).waitFor({ state: 'attached', timeout: 30_000 });
    await net.settle(500);
    // What the search fetches: everything after the page's load event (a search box built when the page is idle counts too).
    const loaded = await page.evaluate(() => performance.timeOrigin + (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
    if (options.keyDelayMs === undefined) {
      // Filled in the page the moment the field gets focus (as a paste would), so the harness adds no delay.
      await page.evaluate(
        ([selector, q]) =>
          addEventListener(
            'focusin',
            function fill(e) {
              const input = e.target;
              if (!(input instanceof HTMLInputElement) || !input.matches(selector)) return;
              removeEventListener('focusin', fill, true);
              input.value = q;
              input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: q }));
            },
            true,
          ),
        [ui.input, query] as const,
      );
      await page.keyboard.press(ui.open);
    } else {
      await openAndWait(page, ui);
      for (const [i, ch] of [...query].entries()) {
        if (i > 0) await page.waitForTimeout(options.keyDelayMs);
        await page.keyboard.press(ch);
      }
    }
    const p0 = await page.evaluate(() => (window as unknown as { __bench: Probe }).__bench);
    const ctrlK = p0.keys.find((k) => k.ctrl && k.key.toLowerCase() === 'k');
    if (!ctrlK) throw new Error(`${pageUrl}: the Ctrl+K key press was not seen`);
    const typed = p0.keys.filter((k) => !k.ctrl && k.key.length === 1);
    const from = options.keyDelayMs === undefined ? ctrlK : typed.at(-1);
    if (!from) throw new Error(`${pageUrl}: no key of "${query}" was seen`);
    await page.waitForFunction((t) => (window as unknown as { __bench: Probe }).__bench.renders.some((r) => r.t >= t), from.t, { timeout: 60_000 });
    await net.settle(1000);
    const p = await page.evaluate(() => (window as unknown as { __bench: Probe }).__bench);
    const painted = p.renders.find((r) => r.t >= from.t);
    if (!painted) throw new Error(`${pageUrl}: no result painted for "${query}"`);
    const requests = await net.requests(loaded);
    const intervals = typed.slice(1).map((k, i) => k.t - typed[i].t);
    return {
      ms: painted.frame - from.t,
      ...(intervals.length > 0 ? { keyIntervalMs: intervals.reduce((a, b) => a + b, 0) / intervals.length } : {}),
      requests,
      serialChain: longestSerialChain(requests, from.wall),
      results: await page.locator(ui.result).count(),
    };
  } finally {
    await context.close();
  }
}
