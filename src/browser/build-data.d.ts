/** Modules src/integrations/browser-bundle.ts makes at build time (see its buildData plugin). */
declare module 'edition:variant-table' {
  /** The text's spelling → the folded variants that stand for it. */
  const table: [string, string[]][];
  export default table;
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

/** The build's files and their revisions, for the service worker (src/integrations/offline.ts). */
declare module 'edition:precache' {
  const precache: { version: string; entries: [url: string, revision: string][] };
  export default precache;
}
