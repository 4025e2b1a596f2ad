import { fold } from './query.ts';

/** One entry of content/names.json, as far as search needs it. */
export interface NameEntry {
  name: string;
  mentions?: string[];
  variants: string[];
}

const wordCount = (s: string) => fold(s).split(' ').length;
const isAbbreviation = (s: string) => /^\p{Lu}{2,}$/u.test(s);

/**
 * The text's form to search for a variant. A multi-word variant stands for the
 * entry's name; a one-word variant for the text's one-word form, so that passages
 * naming a surname alone are found too ("Malinovsky" → "Malinovskii"), an
 * abbreviation for the text's abbreviation ("KMT" → "GMD").
 */
function textForm(entry: NameEntry, variant: string): string {
  if (wordCount(variant) !== 1) return entry.name;
  const single = (entry.mentions ?? []).filter((m) => wordCount(m) === 1 && isAbbreviation(m) === isAbbreviation(variant));
  return single.sort((a, b) => a.length - b.length)[0] ?? entry.name;
}

export interface VariantMatch {
  /** What the reader typed (the variant as listed). */
  typed: string;
  /** The spelling the text uses. */
  text: string;
}

/** Folded variant spelling → the entry's own name, for every variant in the data. */
export function variantTable(entries: readonly NameEntry[]): Map<string, string> {
  const table = new Map<string, string>();
  for (const e of entries) {
    for (const v of e.variants) {
      const form = textForm(e, v);
      // A spelling that differs only in case, diacritics or punctuation needs no mapping: search folds those.
      if (fold(v) !== fold(form)) table.set(fold(v), form);
    }
  }
  return table;
}

/**
 * Replace older or other spellings in a query by the text's own (Mao Tse-tung →
 * Mao Zedong, Quemoy → Jinmen). Longest variants first, whole words only.
 */
export function resolveVariants(query: string, table: ReadonlyMap<string, string>): { query: string; matches: VariantMatch[] } {
  const folded = fold(query);
  if (folded === '') return { query, matches: [] };
  const direct = table.get(folded);
  if (direct) return { query: direct, matches: [{ typed: query.trim(), text: direct }] };

  const words = folded.split(' ');
  const out: string[] = [];
  const matches: VariantMatch[] = [];
  for (let i = 0; i < words.length; ) {
    let matched = false;
    for (let len = Math.min(4, words.length - i); len > 0; len--) {
      const candidate = words.slice(i, i + len).join(' ');
      const name = table.get(candidate);
      if (name) {
        out.push(name);
        matches.push({ typed: candidate, text: name });
        i += len;
        matched = true;
        break;
      }
    }
    if (!matched) {
      out.push(words[i]);
      i += 1;
    }
  }
  return matches.length > 0 ? { query: out.join(' '), matches } : { query, matches: [] };
}

/** The table grouped by the text's spelling, the compact form it travels to the browser in. */
export function groupTable(table: ReadonlyMap<string, string>): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const [variant, form] of table) groups.set(form, [...(groups.get(form) ?? []), variant]);
  return [...groups];
}

export function ungroupTable(groups: readonly [string, string[]][]): Map<string, string> {
  return new Map(groups.flatMap(([form, variants]) => variants.map((v): [string, string] => [v, form])));
}
