/** Every data shape of the edition, one schema each; the types are inferred from them. */
export * from './annotation.ts';
export * from './book.ts';
export * from './changes.ts';
export * from './document-notes.ts';
export * from './glossary.ts';
export * from './import-manifest.ts';
export * from './italics.ts';
export * from './names.ts';
export * from './notes.ts';
export * from './section.ts';
export * from './title-page.ts';
export * from './pagefind-entry.ts';
