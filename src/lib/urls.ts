/** Site-relative URLs under the configured base path: the addresses of src/edition/addresses.ts, for Astro pages. */
import * as addresses from '../edition/addresses.ts';

const base = import.meta.env.BASE_URL;

export const href = (path: string) => addresses.withBase(base, path);
export const chapterPath = (chapter: number) => addresses.chapterPath(chapter, base);
export const documentPath = (id: string) => addresses.documentPath(id, base);
