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
  /** The spelling the text uses, which is searched for. */
  text: string;
  /** Whom or what it names: the entry's name ("Joseph Stalin" for "Filippov"). */
  name: string;
}

/** What a variant stands for: the text's form to search, and the entry's name. */
export interface VariantTarget {
  form: string;
  name: string;
}

/** Folded variant spelling → what it stands for. */
export type VariantTable = ReadonlyMap<string, VariantTarget>;

/** Folded variant spelling → the text's form and the entry's name, for every variant in the data. */
export function variantTable(entries: readonly NameEntry[]): Map<string, VariantTarget> {
  const table = new Map<string, VariantTarget>();
  for (const e of entries) {
    for (const v of e.variants) {
      const form = textForm(e, v);
      // A spelling that differs only in case, diacritics or punctuation needs no mapping: search folds those.
      if (fold(v) !== fold(form)) table.set(fold(v), { form, name: e.name });
    }
  }
  return table;
}

/**
 * Replace older or other spellings in a query by the text's own (Mao Tse-tung →
 * Mao Zedong, Quemoy → Jinmen). Longest variants first, whole words only.
 */
export function resolveVariants(query: string, table: VariantTable): { query: string; matches: VariantMatch[] } {
  const folded = fold(query);
  if (folded === '') return { query, matches: [] };
  const direct = table.get(folded);
  if (direct) return { query: direct.form, matches: [{ typed: query.trim(), text: direct.form, name: direct.name }] };

  const words = folded.split(' ');
  const out: string[] = [];
  const matches: VariantMatch[] = [];
  for (let i = 0; i < words.length; ) {
    let matched = false;
    for (let len = Math.min(4, words.length - i); len > 0; len--) {
      const candidate = words.slice(i, i + len).join(' ');
      const target = table.get(candidate);
      if (target) {
        out.push(target.form);
        matches.push({ typed: candidate, text: target.form, name: target.name });
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

/** The table as it travels to the browser: [name, form, variants…] per form, the name left empty when it is the form. */
export type GroupedTable = [string, string, ...string[]][];

export function groupTable(table: VariantTable): GroupedTable {
  const groups = new Map<string, [string, string, ...string[]]>();
  for (const [variant, { form, name }] of table) {
    const key = `${name}\u0000${form}`;
    const group = groups.get(key) ?? [name === form ? '' : name, form];
    group.push(variant);
    groups.set(key, group);
  }
  return [...groups.values()];
}

export function ungroupTable(groups: Readonly<GroupedTable>): Map<string, VariantTarget> {
  return new Map(groups.flatMap(([name, form, ...variants]) => variants.map((v): [string, VariantTarget] => [v, { form, name: name || form }])));
}
