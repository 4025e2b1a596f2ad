/**
 * A Pagefind record as the reader's passages. A chapter record holds a run of
 * whole paragraphs, each after an empty marker carrying its id (Pagefind keeps
 * the marker's word position as an anchor: src/integrations/search-records.ts),
 * so the word positions of the matches tell which paragraph each is in. Each
 * paragraph with matches is a passage with its own address and snippet. Pure.
 */

/** The parts of Pagefind's fragment data this edition uses. */
export interface PagefindFragment {
  url: string;
  /** The record's words, as indexed (Chinese: segmented with zero-width spaces). */
  content: string;
  /** Word positions of the matches. */
  locations: number[];
  anchors?: { id: string; location: number }[];
  meta?: Record<string, string | undefined>;
}

/** A snippet: the passage's words around its matches, with the matches marked. */
export interface Snippet {
  /** Cut at its start (shown with an ellipsis). */
  cutBefore: boolean;
  cutAfter: boolean;
  /** Text and marked runs, in order. */
  parts: { text: string; mark: boolean }[];
}

export interface Passage {
  /** Where the result lands: the paragraph (/chapter-3/#p3-74), or the record's own address. */
  url: string;
  /** The paragraph's id when the passage is one; otherwise the first paragraph after it (a heading's section), if any. */
  paragraph: string | null;
  /** True when `paragraph` is the passage itself (not the paragraph after a heading). */
  inParagraph: boolean;
  snippet: Snippet;
  /** The query's words stand side by side here (a multi-word name as a phrase). */
  phrase: boolean;
  matches: number;
}

/** Words of a snippet, at most. */
export const SNIPPET_WORDS = 26;

const ZWS = '\u200B';
const HAN = /\p{Script=Han}/u;

/** The record's words, split as Pagefind counts word positions. */
export function recordWords(content: string): { words: string[]; joiner: string } {
  if (content.includes(ZWS)) return { words: content.split(ZWS), joiner: '' };
  return { words: content.split(/[\r\n\s]+/g), joiner: ' ' };
}

/** Start positions of runs of `count` consecutive matches (the query as a phrase, as far as positions tell). */
export function phraseStarts(locations: readonly number[], count: number): number[] {
  if (count < 2) return [];
  const set = new Set(locations);
  return [...set].filter((p) => Array.from({ length: count }, (_, i) => p + i).every((q) => set.has(q))).sort((a, b) => a - b);
}

const letters = (w: string) => w.normalize('NFD').replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();

/** The word, or one of its parts ("anti-Jiang"), begins with the query's word, as Pagefind matches. */
const begins = (word: string, query: string) => [letters(word), ...word.split(/[^\p{L}\p{N}]+/u).map(letters)].some((w) => w.startsWith(query));

/**
 * Runs of matches that are the query's words in order ("Mao. Mao’s" is two
 * matches side by side, not "Mao Zedong").
 */
function phraseRuns(words: readonly string[], locations: readonly number[], query: readonly string[]): number[] {
  const wanted = query.map(letters);
  return phraseStarts(locations, query.length).filter((p) => wanted.every((q, i) => begins(words[p + i] ?? '', q)));
}

/** True when `count` consecutive word positions all hold matches. */
export function hasRun(locations: readonly number[], count: number): boolean {
  return count < 2 ? locations.length > 0 : phraseStarts(locations, count).length > 0;
}

const ENDS_SENTENCE = /[.!?…][”’"')\]]*$/u;

/**
 * The snippet of words [from, to) of the record around `focus`: up to
 * SNIPPET_WORDS words, starting at a sentence's start when one is near, with
 * the positions in `marked` marked.
 */
export function snippet(words: readonly string[], joiner: string, from: number, to: number, focus: number, marked: ReadonlySet<number>, length = SNIPPET_WORDS): Snippet {
  let start = Math.max(from, Math.min(focus - Math.floor(length / 3), to - length));
  // A sentence that begins a few words earlier is a better start than mid-sentence.
  for (let i = start; i > Math.max(from, start - 8); i--) {
    if (ENDS_SENTENCE.test(words[i - 1] ?? '')) {
      start = i;
      break;
    }
  }
  if (start > from && ENDS_SENTENCE.test(words[start - 1] ?? '') === false && start - from <= 3) start = from;
  const end = Math.min(to, start + length);
  return { cutBefore: start > from, cutAfter: end < to, parts: markedParts(words.slice(start, end), joiner, (i) => marked.has(start + i)) };
}

const EDGE = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u;

/**
 * Words as text and marked runs: a marked word's surrounding punctuation (a
 * quotation mark, a full stop) stays unmarked, and so does the space between
 * a marked and an unmarked word.
 */
function markedParts(words: readonly string[], joiner: string, isMarked: (i: number) => boolean): Snippet['parts'] {
  const pieces: Snippet['parts'] = [];
  words.forEach((word, i) => {
    if (i > 0) pieces.push({ text: joiner, mark: isMarked(i - 1) && isMarked(i) && !/[^\p{L}\p{N}]$/u.test(words[i - 1]) && !/^[^\p{L}\p{N}]/u.test(word) });
    if (!isMarked(i)) return pieces.push({ text: word, mark: false });
    const [, lead, core, trail] = EDGE.exec(word) ?? ['', '', word, ''];
    pieces.push({ text: lead, mark: false }, { text: core || word, mark: true }, { text: trail, mark: false });
  });
  const parts: Snippet['parts'] = [];
  for (const p of pieces) {
    if (!p.text) continue;
    const last = parts[parts.length - 1];
    if (last && last.mark === p.mark) last.text += p.text;
    else parts.push({ ...p });
  }
  return parts;
}

/**
 * A snippet of text Pagefind did not split into words (Chinese, whose word
 * positions do not match the stored text): the characters around the first
 * occurrence of `term`, every occurrence marked.
 */
export function textSnippet(text: string, term: string, length = SNIPPET_WORDS * 2): Snippet {
  const at = term ? text.indexOf(term) : -1;
  const start = Math.max(0, Math.min(at - Math.floor(length / 3), text.length - length));
  const end = Math.min(text.length, start + length);
  const shown = text.slice(start, end);
  const parts: Snippet['parts'] = [];
  let i = 0;
  for (let j = term ? shown.indexOf(term) : -1; j !== -1; j = shown.indexOf(term, i)) {
    if (j > i) parts.push({ text: shown.slice(i, j), mark: false });
    parts.push({ text: term, mark: true });
    i = j + term.length;
  }
  if (i < shown.length) parts.push({ text: shown.slice(i), mark: false });
  return { cutBefore: start > 0, cutAfter: end < text.length, parts };
}

/**
 * The passages of one record: its matches grouped by the paragraph they fall in
 * (the last marker at or before them), each with a snippet. For a query of
 * several words, only their runs (the phrase) are marked where the passage has one.
 */
export function passagesOf(fragment: PagefindFragment, query: readonly string[]): Passage[] {
  const term = query.join(' ');
  if (HAN.test(fragment.content) && !fragment.content.includes(ZWS) && HAN.test(term)) {
    // Pagefind's word positions in Chinese text do not match its stored words: find the term itself.
    return [{ url: fragment.url, paragraph: null, inParagraph: false, snippet: textSnippet(fragment.content, term), phrase: true, matches: fragment.locations.length }];
  }
  const { words, joiner } = recordWords(fragment.content);
  const anchors = [...(fragment.anchors ?? [])].sort((a, b) => a.location - b.location);
  const base = fragment.url.split('#')[0];
  const groups = new Map<number, number[]>();
  for (const l of [...fragment.locations].sort((a, b) => a - b)) {
    let k = -1;
    while (k + 1 < anchors.length && anchors[k + 1].location <= l) k++;
    groups.set(k, [...(groups.get(k) ?? []), l]);
  }
  return [...groups].map(([k, locations]) => {
    const from = k >= 0 ? anchors[k].location : 0;
    const to = k + 1 < anchors.length ? anchors[k + 1].location : words.length;
    const runs = phraseRuns(words, locations, query);
    const marked = new Set(runs.length > 0 ? runs.flatMap((p) => Array.from({ length: query.length }, (_, i) => p + i)) : locations);
    return {
      url: k >= 0 ? `${base}#${anchors[k].id}` : fragment.url,
      paragraph: k >= 0 ? anchors[k].id : (anchors[0]?.id ?? null),
      inParagraph: k >= 0,
      snippet: snippet(words, joiner, from, to, runs[0] ?? densest(locations), marked),
      phrase: runs.length > 0 || (query.length < 2 && locations.length > 0),
      matches: locations.length,
    };
  });
}

/** The match with most other matches within a snippet's length after it. */
function densest(locations: readonly number[]): number {
  let best = locations[0] ?? 0;
  let bestCount = 0;
  for (const l of locations) {
    const count = locations.filter((m) => m >= l && m < l + SNIPPET_WORDS / 2).length;
    if (count > bestCount) [best, bestCount] = [l, count];
  }
  return best;
}
