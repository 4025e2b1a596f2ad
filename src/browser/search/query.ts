/** What a reader typed, made safe and meaningful to search for. Pure: shared by the UI and the tests. */

/** Longer queries are cut: no name or phrase in the book is near this long. */
export const MAX_QUERY_LENGTH = 120;

export type PreparedQuery =
  | { kind: 'empty' }
  | { kind: 'no-words'; shown: string }
  | { kind: 'search'; text: string; shown: string; truncated: boolean; chinese: boolean };

const HAN = /\p{Script=Han}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

export function prepareQuery(raw: string): PreparedQuery {
  const collapsed = raw.replace(/\s+/g, ' ').trim();
  if (collapsed === '') return { kind: 'empty' };
  const truncated = collapsed.length > MAX_QUERY_LENGTH;
  const shown = truncated ? `${collapsed.slice(0, MAX_QUERY_LENGTH)}…` : collapsed;
  if (!WORD_CHAR.test(collapsed)) return { kind: 'no-words', shown };
  const text = collapsed.slice(0, MAX_QUERY_LENGTH).trim();
  return { kind: 'search', text, shown, truncated, chinese: HAN.test(text) };
}

/** Letters only, no diacritics, lower case: how spellings are compared. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    // Wade–Giles apostrophes (P'eng) and hyphens (Te-huai) are often dropped by readers.
    .replace(/[’'‘`ʼ]/g, '')
    .replace(/[-‐–—]/g, ' ')
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a query, for phrase ranking and highlighting. */
export function queryWords(text: string): string[] {
  return text.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);
}
