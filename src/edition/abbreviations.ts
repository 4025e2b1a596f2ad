/**
 * The abbreviations the text uses: organisations' from the index of names,
 * the rest from the glossary; and how they are found in the text. Pure: the
 * importer (which records where each is first used) and the site share it.
 */
import { wholeWords } from './whole-words.ts';
import type { Abbreviation, Glossary } from './formats/glossary.ts';
import type { NameEntry } from './formats/names.ts';

/** Every abbreviation with its expansion, sorted by term. */
export function abbreviationList(names: readonly NameEntry[], glossary: Glossary): Abbreviation[] {
  return [
    // The index heading spells the organisation out: "People’s Liberation Army (PLA)".
    ...names.flatMap((e) => (e.abbreviation ? [{ term: e.abbreviation, expansion: e.indexAs.replace(/\s*\([^)]*\)$/, '') }] : [])),
    ...glossary.abbreviations,
  ].sort((a, b) => a.term.localeCompare(b.term));
}

/** An abbreviation as a whole word (group 1), with a possessive after it (group 2). */
export const abbreviationPattern = (terms: Iterable<string>) => wholeWords(terms, 'gu', '(’s)?');

/** The terms of `terms` that `text` uses, in order of first use. */
export function abbreviationsIn(text: string, terms: readonly string[]): string[] {
  if (terms.length === 0) return [];
  return [...new Set([...text.matchAll(abbreviationPattern(terms))].map((m) => m[1]))];
}

/** `text` split around the abbreviations it uses: the abbreviations at the odd positions. */
export const abbreviatedParts = (text: string, terms: Iterable<string>): string[] => text.split(wholeWords(terms, 'u'));
