/**
 * The EPUB's identity and date, both reproducible: the identifier is a name-based
 * UUID (RFC 9562 §5.5, version 5) of the book's own facts, so every build of
 * this edition carries the same one; the modification date is a commit's, not
 * the clock's, so two builds of one commit give the same bytes.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import type { Book } from '../../edition/formats/book.ts';

/** urn:uuid:… named by the book's author, title, publisher and year, as a reading edition of an excerpt. */
export function bookIdentifier(book: Pick<Book, 'author' | 'title' | 'publisher' | 'year'>): string {
  const name = ['reading edition of an excerpt', book.author, book.title, book.publisher, String(book.year)].join('\n');
  // RFC 9562's URL namespace; the name is the book, not a URL, but any fixed namespace gives a stable id.
  const namespace = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');
  const bytes = createHash('sha1').update(namespace).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** An instant as dcterms:modified writes it: CCYY-MM-DDThh:mm:ssZ (UTC, no fraction). */
export const modifiedDate = (seconds: number) => new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The zip format's (and so the fallback's) earliest date: 1980-01-01. */
export const FALLBACK_SECONDS = 315532800;

/**
 * When the text last changed: SOURCE_DATE_EPOCH if the build was given one
 * (the reproducible-builds convention), else the last commit that touched the
 * content directory, else (no git) the fallback, reported by `source`.
 */
export function contentDate(contentDir: string, sourceDateEpoch?: string): { seconds: number; source: string } {
  if (sourceDateEpoch && /^\d+$/.test(sourceDateEpoch)) return { seconds: Number(sourceDateEpoch), source: 'SOURCE_DATE_EPOCH' };
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%ct', '--', contentDir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (/^\d+$/.test(out)) return { seconds: Number(out), source: `the last commit to ${contentDir}` };
  } catch {
    // Not a git checkout: fall through.
  }
  return { seconds: FALLBACK_SECONDS, source: 'no commit date found (not a git checkout?): 1980-01-01' };
}
