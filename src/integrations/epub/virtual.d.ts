/** The EPUB's address and size, for the pages that link to it (src/integrations/epub.ts). */
declare module 'virtual:edition/epub' {
  export const epub: { href: string; bytes: number };
}
