/**
 * The curated reference data (content/names.json, content/glossary.json), read
 * in plain Node so the Astro config (the abbreviations plugin) can use it too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NameEntry } from './name-index.ts';

/** A JSON file of the project, read at build time. */
export const readJson = <T>(...path: string[]) => JSON.parse(readFileSync(join(...path), 'utf8')) as T;

/** content/names.json: every person, place and organisation the text names. */
export const names = readJson<{ entries: NameEntry[] }>('content', 'names.json').entries;

export interface Glossary {
  abbreviations: { term: string; expansion: string }[];
  pinyin: { term: string; meaning: string; note?: string; title?: boolean }[];
}
/** content/glossary.json: abbreviations that are not organisations', and the pinyin terms. */
export const glossary = readJson<Glossary>('content', 'glossary.json');

/** Every abbreviation the text uses with its expansion: organisations' from names.json, the rest from glossary.json. */
export const abbreviations: { term: string; expansion: string }[] = [
  // The index heading spells the organisation out: "People’s Liberation Army (PLA)".
  ...names.flatMap((e) => (e.abbreviation ? [{ term: e.abbreviation, expansion: e.indexAs.replace(/\s*\([^)]*\)$/, '') }] : [])),
  ...glossary.abbreviations,
].sort((a, b) => a.term.localeCompare(b.term));
