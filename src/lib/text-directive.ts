/**
 * Text fragments (https://wicg.github.io/scroll-to-text-fragment/) that mark a
 * name where a link lands: `/chapter-3/#p3-12:~:text=Gao%20Gang,-affair`.
 * The browser scrolls to the first match on the page and marks it, without
 * JavaScript; a browser without text fragments goes to the paragraph. Pure.
 *
 * A browser matches a directive's parts as whole words, case ignored, against
 * the text it shows; each part lies within one block, with nothing but white
 * space between prefix, start and suffix. A page shows more than a paragraph's
 * words: a note's marker and the note beside it ("treaty.13 However"), an
 * abbreviation spelt out after its first use ("CCP [Chinese Communist
 * Party]"). Where those sit is given as `breaks`, and context never spans one.
 * The context is the shortest, in whole words, that makes the match the first
 * and only one on the page; at least one word where there is any, since a
 * page's titles name people too.
 */

const LETTER = /[\p{L}\p{M}\p{N}]/u;
/** Characters a word can hold between letters (Unicode word breaking: "Mao’s", "U.S"). */
const JOINER = /[’'.:]/u;
const MAX_CONTEXT_WORDS = 6;

/** [start, end) widened to whole words as the browser breaks them ("Mao" in "Mao’s" → "Mao’s"). */
export function widenToWords(text: string, start: number, end: number): { start: number; end: number } {
  for (;;) {
    if (start > 0 && LETTER.test(text[start - 1])) start -= 1;
    else if (start > 1 && JOINER.test(text[start - 1]) && LETTER.test(text[start - 2]) && LETTER.test(text[start] ?? '')) start -= 2;
    else break;
  }
  for (;;) {
    if (end < text.length && LETTER.test(text[end])) end += 1;
    else if (end + 1 < text.length && JOINER.test(text[end]) && LETTER.test(text[end + 1]) && LETTER.test(text[end - 1] ?? '')) end += 2;
    else break;
  }
  return { start, end };
}

const normalise = (s: string) => s.replace(/\s+/gu, ' ').toLowerCase();

/**
 * A run of letters. The browser keeps "Mao’s" one word, so "Mao" does not
 * match in it; counting runs of letters errs the safe way, finding "Mao" there too.
 */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** A page's text as the browser searches it, for counting matches; each block on a line of its own. */
export class PageText {
  private readonly text: string;
  /** Where each run of letters (lower case) begins. */
  private readonly words = new Map<string, number[]>();
  private readonly positions = new Map<string, number[]>();

  constructor(blocks: readonly string[]) {
    this.text = `\n${blocks.map(normalise).join('\n')}\n`;
    for (const m of this.text.matchAll(WORD)) {
      const list = this.words.get(m[0]);
      if (list) list.push(m.index);
      else this.words.set(m[0], [m.index]);
    }
  }

  private wordAt(i: number): boolean {
    return LETTER.test(this.text[i] ?? '');
  }

  /** Where `term` (normalised, beginning with a letter) starts and ends at word boundaries. */
  private find(term: string): number[] {
    let found = this.positions.get(term);
    if (!found) {
      const first = (term.match(WORD) ?? [''])[0];
      const starts = term.startsWith(first) ? (this.words.get(first) ?? []) : [];
      found = starts.filter((i) => this.text.startsWith(term, i) && !(this.wordAt(i + term.length) && this.wordAt(i + term.length - 1)));
      this.positions.set(term, found);
    }
    return found;
  }

  /** How many times the page shows `prefix start suffix`, as the directive's parts (whitespace or nothing between). */
  count(prefix: string, start: string, suffix: string): number {
    const [p, s, x] = [prefix, start, suffix].map(normalise);
    return this.find(s).filter((i) => {
      if (p) {
        let at = i;
        if (this.text[at - 1] === ' ') at -= 1;
        if (this.text.slice(at - p.length, at) !== p || (this.wordAt(at - p.length - 1) && this.wordAt(at - p.length))) return false;
      }
      if (x) {
        let at = i + s.length;
        if (this.text[at] === ' ') at += 1;
        if (this.text.slice(at, at + x.length) !== x || (this.wordAt(at + x.length) && this.wordAt(at + x.length - 1))) return false;
      }
      return true;
    }).length;
  }
}

/** Percent-encoding for a directive's part, its syntax characters (- , &) included. */
export const encodeTextPart = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C');

/**
 * The contexts before `start`, shortest first: one whole space-separated word
 * more each time (the nearest may touch the match: "Jinmen (Quemoy"), never
 * past `limit` (a break, or the text's start) nor across a no-break space.
 */
function contextsBefore(text: string, start: number, limit: number, limitIsBreak: boolean): string[] {
  const out: string[] = [];
  let i = start;
  while (out.length < MAX_CONTEXT_WORDS) {
    let j = i;
    while (j > limit && text[j - 1] === ' ') j -= 1;
    if (j === limit) break;
    let k = j;
    while (k > limit && text[k - 1] !== ' ') k -= 1;
    // A word that begins right at a break is glued to what the page shows there.
    if (k === limit && limitIsBreak) break;
    const context = text.slice(k, start).trimEnd();
    if (context.includes('\u00a0')) break;
    out.push(context);
    i = k;
  }
  return out;
}

/** The contexts after `end`, shortest first, likewise ("Shaoqi—who"). */
function contextsAfter(text: string, end: number, limit: number, limitIsBreak: boolean): string[] {
  const out: string[] = [];
  let i = end;
  while (out.length < MAX_CONTEXT_WORDS) {
    let j = i;
    while (j < limit && text[j] === ' ') j += 1;
    if (j === limit) break;
    let k = j;
    while (k < limit && text[k] !== ' ') k += 1;
    if (k === limit && limitIsBreak) break;
    const context = text.slice(end, k).trimStart();
    if (context.includes('\u00a0')) break;
    out.push(context);
    i = k;
  }
  return out;
}

export interface DirectiveOptions {
  /** Everything the target page shows where a match could come first: its titles, headings, paragraphs and captions. */
  page: PageText;
  /** Offsets in the text where the page shows something more between its words (a note marker, a spelt-out abbreviation). */
  breaks?: readonly number[];
}

/**
 * The text directive (what follows `:~:text=`) that marks text[start, end) —
 * a mention of a name in a paragraph or caption — and nothing before it on
 * the page; null when no context within reach makes it the only match.
 */
export function mentionDirective(text: string, start: number, end: number, { page, breaks = [] }: DirectiveOptions): string | null {
  // Line breaks in the source are spaces on the page (same length, so offsets hold).
  text = text.replace(/[\t\n\r]/g, ' ');
  ({ start, end } = widenToWords(text, start, end));
  const term = text.slice(start, end);
  if (breaks.some((b) => b > start && b < end)) return null;
  const left = Math.max(0, ...breaks.filter((b) => b <= start));
  const right = Math.min(text.length, ...breaks.filter((b) => b >= end));
  // prefixes[i] and suffixes[i] hold i words.
  const prefixes = ['', ...contextsBefore(text, start, left, breaks.includes(left))];
  const suffixes = ['', ...contextsAfter(text, end, right, breaks.includes(right))];
  const most = prefixes.length - 1 + suffixes.length - 1;
  // At least one word of context where there is any; then the fewest words, a suffix before a prefix.
  for (let total = most > 0 ? 1 : 0; total <= most; total++) {
    for (let s = Math.min(total, suffixes.length - 1); s >= 0 && total - s < prefixes.length; s--) {
      const [prefix, suffix] = [prefixes[total - s], suffixes[s]];
      if (page.count(prefix, term, suffix) === 1) {
        return [prefix && `${encodeTextPart(prefix)}-`, encodeTextPart(term), suffix && `-${encodeTextPart(suffix)}`].filter(Boolean).join(',');
      }
    }
  }
  return null;
}
