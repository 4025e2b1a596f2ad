import type { SearchOutcome } from './engine.ts';
import type { PreparedQuery } from './query.ts';
import { withHighlight } from './results.ts';

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
};

/** Pagefind's excerpt as DOM: text and <mark> only, whatever the string holds. */
function excerptNodes(excerpt: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
  const out: Node[] = [];
  doc.body.firstElementChild?.childNodes.forEach((n) => {
    if (n.nodeName === 'MARK') out.push(el('mark', undefined, n.textContent ?? ''));
    else out.push(document.createTextNode(n.textContent ?? ''));
  });
  return out;
}

const quoted = (s: string) => `“${s}”`;

/** The one-line answer a screen reader announces. */
export function statusText(query: PreparedQuery, outcome?: SearchOutcome): string {
  if (query.kind === 'empty') return '';
  if (query.kind === 'no-words') return `Nothing to search for in ${quoted(query.shown)}: type a name or a word.`;
  if (!outcome) return `Searching for ${quoted(query.shown)}…`;
  const n = outcome.total;
  const what = outcome.variants.length > 0 ? quoted(outcome.searchedFor) : quoted(outcome.shown);
  const cut = outcome.truncated ? ' (the query was shortened)' : '';
  if (n === 0) return `No passages found for ${what}${cut}.`;
  return `${n} ${n === 1 ? 'passage' : 'passages'} found for ${what}${cut}.`;
}

/** Renders the outcome; a "show more" button loads the next batch (Pagefind fetches fragments only for what is shown). */
export function renderResults(list: HTMLElement, query: PreparedQuery, outcome?: SearchOutcome): void {
  list.replaceChildren();
  if (query.kind !== 'search' || !outcome) return;
  if (outcome.variants.length > 0) {
    const note = el('p', 'search-variant');
    note.textContent = outcome.variants
      .map((v) => `The text spells ${quoted(v.typed)} as ${quoted(v.text)}.`)
      .join(' ');
    list.append(note);
  }
  if (outcome.indexEntries.length > 0) {
    const p = el('p', 'search-index-entries', 'In the index of names: ');
    outcome.indexEntries.forEach((entry, i) => {
      const a = el('a', undefined, entry.section ?? entry.chapter);
      a.href = entry.url;
      p.append(...(i > 0 ? [', '] : []), a);
    });
    list.append(p);
  }
  if (outcome.hits.length === 0) return;
  const ol = el('ol', 'search-results');
  appendHits(ol, outcome, 0);
  list.append(ol);
  if (outcome.hits.length < outcome.total) {
    const button = el('button', 'search-more button', `Show more (${outcome.total - outcome.hits.length} left)`);
    button.type = 'button';
    button.addEventListener('click', async () => {
      const from = outcome.hits.length;
      const moreLeft = await outcome.more();
      appendHits(ol, outcome, from);
      ol.querySelectorAll('a')[from]?.focus();
      if (moreLeft) button.textContent = `Show more (${outcome.total - outcome.hits.length} left)`;
      else button.remove();
    });
    list.append(button);
  }
}

function appendHits(ol: HTMLOListElement, outcome: SearchOutcome, from: number): void {
  for (const hit of outcome.hits.slice(from)) {
    const a = el('a');
    a.href = withHighlight(hit.url, outcome.highlight);
    const where = el('span', 'result-where', hit.section ? `${hit.chapter} · ${hit.section}` : hit.chapter);
    const excerpt = el('span', 'result-excerpt');
    excerpt.append(...excerptNodes(hit.excerpt));
    a.append(where, excerpt);
    const li = el('li');
    li.append(a);
    ol.append(li);
  }
}
