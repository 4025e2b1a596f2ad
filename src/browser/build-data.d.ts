/** Modules src/integrations/browser-bundle.ts makes at build time (see its buildData plugin). */
declare module 'edition:variant-table' {
  import type { GroupedTable } from './search/variants.ts';
  /** Each form the text uses, with the entry's name and the folded variants that stand for it. */
  const table: GroupedTable;
  export default table;
}

declare module 'edition:search-outline' {
  import type { SearchOutline } from './search/labels.ts';
  const outline: SearchOutline;
  export default outline;
}

declare module 'edition:pagefind-files' {
  import type { PagefindFiles } from './search/pagefind-files.ts';
  const files: PagefindFiles;
  export default files;
}

declare module 'edition:lazy-code' {
  /** The file (in the bundle's folder) of each part loaded on demand. */
  const files: Record<'cite' | 'chapter' | 'notes', string>;
  export default files;
}

declare module 'edition:book' {
  import type { Book } from './cite/citation.ts';
  const book: Book;
  export default book;
}

declare module 'edition:search-css' {
  const css: string;
  export default css;
}

declare module 'edition:outline' {
  import type { OutlineChapter } from './reading/places.ts';
  const outline: OutlineChapter[];
  export default outline;
}

/** The build's files and their revisions, for the service worker (src/integrations/offline.ts). */
declare module 'edition:precache' {
  const precache: { version: string; entries: [url: string, revision: string][] };
  export default precache;
}
