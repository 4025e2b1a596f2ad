/**
 * The edition's JSON data, each file read once through its schema
 * (src/edition/formats/): a malformed file fails the build naming the file and
 * the bad field. Plain Node, so the Astro config and the integrations use it too.
 */
import { abbreviationList } from '../edition/abbreviations.ts';
import * as formats from '../edition/formats/index.ts';
import { readData, readOptionalData } from './read-data.ts';
import { contentPath } from './settings.ts';

/** content/edition/title-page.json: the title page as printed. */
export const titlePage = readData(formats.titlePage, contentPath('edition', 'title-page.json'));

/** content/edition/changes.json: every change the importer made to the source. */
export const changeRecord = readData(formats.changeRecord, contentPath('edition', 'changes.json'));

/** content/names.json: every person, place and organisation the text names. */
export const names = readData(formats.names, contentPath('names.json')).entries;

/** content/glossary.json: abbreviations that are not organisations', and the pinyin terms. */
export const glossary = readData(formats.glossary, contentPath('glossary.json'));

/** content/editorial/book.json: the book as a citation names it. */
export const book = readData(formats.book, contentPath('editorial', 'book.json'));

/** content/editorial/document-notes.json: the edition's notes on what a transcription shows. */
export const documentNotes = readOptionalData(formats.documentNotes, contentPath('editorial', 'document-notes.json'), { documents: {} }).documents;

/** Every abbreviation the text uses, with its expansion. */
export const abbreviations = abbreviationList(names, glossary);
