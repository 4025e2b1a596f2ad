import type { SearchHit, SearchOutcome } from './engine.ts';
import { labelText } from './labels.ts';
import type { Snippet } from './passages.ts';
import type { PreparedQuery } from './query.ts';
import { withHighlight } from './results.ts';

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
};

/** A snippet as DOM: text and <mark> only, an ellipsis where the passage goes on. */
function snippetNodes(s: Snippet): Node[] {
  const nodes: Node[] = s.parts.map((p) => (p.mark ? el('mark', undefined, p.text) : document.createTextNode(p.text)));
  if (s.cutBefore) nodes.unshift(document.createTextNode('… '));
  if (s.cutAfter) nodes.push(document.createTextNode(' …'));
  return nodes;
}

const quoted = (s: string) => `“${s}”`;
const passages = (n: number) => `${n} ${n === 1 ? 'passage' : 'passages'}`;

/** The one-line answer a screen reader announces. */
export function statusText(query: PreparedQuery, outcome?: SearchOutcome): string {
  if (query.kind === 'empty') return '';
  if (query.kind === 'no-words') return `Nothing to search for in ${quoted(query.shown)}: type a name or a word.`;
  if (!outcome) return `Searching for ${quoted(query.shown)}…`;
  const n = outcome.hits.length;
  const what = outcome.variants.length > 0 ? quoted(outcome.searchedFor) : quoted(outcome.shown);
  const cut = outcome.truncated ? ' (the query was shortened)' : '';
  if (outcome.complete && n === 0) return `No passages found for ${what}${cut}.`;
  if (outcome.complete) return `${passages(n)} found for ${what}${cut}.`;
  return `More than ${passages(n)} found for ${what}${cut}; the first ${n} are shown.`;
}

/** "“Filippov” refers to Joseph Stalin." for each other spelling or name the reader used. */
export function variantText(outcome: SearchOutcome): string {
  return outcome.variants.map((v) => `${quoted(v.typed)} refers to ${v.name}.`).join(' ');
}

function hitItem(hit: SearchHit, highlight: readonly string[], className?: string): HTMLLIElement {
  const a = el('a');
  a.href = withHighlight(hit.url, highlight);
  a.append(el('span', 'result-where', labelText(hit.label)));
  if (hit.snippet.parts.length > 0) {
    const excerpt = el('span', 'result-excerpt');
    excerpt.append(...snippetNodes(hit.snippet));
    a.append(excerpt);
  }
  const li = el('li', className);
  li.append(a);
  return li;
}

/**
 * Renders the outcome: the best passage first (Enter and ↓ reach it first),
 * the name's entry in the index of names second, then the other passages; a
 * "show more" button loads the next records' passages. Returns what loads
 * more (and appends it), for the button and for the caller.
 */
export function renderResults(list: HTMLElement, query: PreparedQuery, outcome?: SearchOutcome, onMore?: () => void): { more(): Promise<void> } {
  list.replaceChildren();
  const none = { more: async () => undefined };
  if (query.kind !== 'search' || !outcome) return none;
  if (outcome.variants.length > 0) list.append(el('p', 'search-variant', variantText(outcome)));
  const items = outcome.hits.map((h) => hitItem(h, outcome.highlight));
  const entries = outcome.indexEntries.map((h) => hitItem(h, [], 'search-index-entry'));
  items.splice(Math.min(1, items.length), 0, ...entries);
  if (items.length === 0) return none;
  const ol = el('ol', 'search-results');
  ol.append(...items);
  list.append(ol);
  if (outcome.complete) return none;
  const button = el('button', 'search-more button', 'Show more passages');
  button.type = 'button';
  list.append(button);
  const more = async (): Promise<HTMLLIElement[]> => {
    const from = outcome.hits.length;
    button.disabled = true;
    const moreLeft = await outcome.more();
    const added = outcome.hits.slice(from).map((h) => hitItem(h, outcome.highlight));
    ol.append(...added);
    if (moreLeft) button.disabled = false;
    else button.remove();
    onMore?.();
    return added;
  };
  button.addEventListener('click', async () => (await more())[0]?.querySelector('a')?.focus());
  return { more: async () => void (await more()) };
}
