import type { Splice } from '../splice.ts';
import type { EditorialRule } from './types.ts';

const NAME = 'typographic-quotes';

/** Characters after which a quotation mark opens rather than closes. */
const OPENS_AFTER = /[\s([{“‘]/u;
/** After a dash or slash a mark opens a quotation ("—“Song…”") unless it ends one that broke off ("to—” he said"). */
const DASH = /[—–/-]/u;
/** What may follow a closing mark: nothing, space, punctuation, another closing mark. */
const CLOSES_BEFORE = /^(?:$|[\s.,;:!?…)\]}”’*]|<sup>)/u;

/**
 * Curly quotation marks and apostrophes for the straight ones in `text`
 * (one block): a mark opens at the start or after space, an opening bracket
 * or another opening mark, and after a dash unless it ends the quotation
 * there; otherwise it closes (after ?, !, …, a word). An apostrophe is a
 * closing single quote (’), as in “Mao’s” and “the Communists’ plans”.
 */
export function curlQuotes(text: string): { index: number; before: string; after: string }[] {
  const out: { index: number; before: string; after: string }[] = [];
  // Straight marks already made opening ones: a mark right after one of them opens too ("'…).
  const opened = new Set<number>();
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== '"' && ch !== "'") continue;
    // Emphasis markers are not text: look through them for the real neighbour.
    let p = i - 1;
    while (p >= 0 && text[p] === '*') p -= 1;
    const prev = p >= 0 ? text[p] : '';
    const opens = prev === '' || OPENS_AFTER.test(prev) || opened.has(p) || (DASH.test(prev) && !CLOSES_BEFORE.test(text.slice(i + 1)));
    const elidedYear = ch === "'" && /\d/.test(text[i + 1] ?? '');
    const after = ch === '"' ? (opens ? '“' : '”') : opens && !elidedYear ? '‘' : '’';
    if (after === '“' || after === '‘') opened.add(i);
    out.push({ index: i, before: ch, after });
  }
  return out;
}

export const typographicQuotes: EditorialRule = {
  name: NAME,
  description: 'Straight quotation marks and apostrophes become typographic (curly) ones, as the rest of the text already has them.',
  apply({ blocks }) {
    return blocks
      .filter((b) => b.kind !== 'document')
      .flatMap((b) => curlQuotes(b.text).map((q): Splice => ({ rule: NAME, offset: b.start + q.index, before: q.before, after: q.after })));
  },
};
