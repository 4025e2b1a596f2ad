/**
 * The reader's annotations on this device: localStorage, one JSON array of
 * Web Annotations per edition (keyed by its base path), and a short list of
 * the chapters that have any, which the inline loader reads to decide whether
 * a chapter page needs the annotation code at all. Nothing is sent anywhere.
 */
import type { WebAnnotation } from '../../edition/formats/annotation.ts';

/** The edition's base path: this script sits at its root. */
export const BASE = new URL('./', import.meta.url).pathname;
const KEY = `annotations ${BASE}`;
/** Read by src/browser/loader.ts: the paths of the chapter pages that have annotations, space-separated. */
export const FLAG_KEY = 'annotated';

export class StorageError extends Error {}

/** Every stored annotation; throws StorageError (and nothing is overwritten later) when the store cannot be read. */
export function load(): WebAnnotation[] {
  let raw: string | null;
  try {
    raw = localStorage.getItem(KEY);
  } catch {
    throw new StorageError('This browser does not let the edition keep notes (storage is turned off for this site).');
  }
  if (raw === null) return [];
  try {
    const items = JSON.parse(raw) as unknown;
    if (!Array.isArray(items)) throw new Error('not a list');
    return items as WebAnnotation[];
  } catch (e) {
    throw new StorageError(`The notes stored in this browser cannot be read (${(e as Error).message}); they are left as they are.`);
  }
}

export function save(items: readonly WebAnnotation[]): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(items));
    const paths = [...new Set(items.map((a) => new URL(a.target.source).pathname))];
    if (paths.length) localStorage.setItem(FLAG_KEY, ` ${paths.join(' ')} `);
    else localStorage.removeItem(FLAG_KEY);
  } catch (e) {
    throw new StorageError(`Could not keep the notes in this browser: ${(e as Error).message}`);
  }
}

/** Changes made in another tab or window. */
export function onChange(listener: () => void): void {
  addEventListener('storage', (e) => {
    if (e.key === KEY) listener();
  });
}
