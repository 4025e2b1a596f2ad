/**
 * The edition as an EPUB 3 (src/integrations/epub/), made from the same MDX
 * and data as the site, written to dist/<title>.epub.
 *
 * Why it is made before the pages: the home and chapter pages show the file's
 * size, and Astro renders every page before any astro:build:done hook runs.
 * So the EPUB is built once, on first demand, in this process, and shared:
 * the pages import its address and size from a virtual module whose load()
 * (run by Vite, in this same process, while it bundles the pages) awaits the
 * build; astro:build:done then writes those very bytes. The size a page shows
 * is the size of the file written, and the book is rendered once per build.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { epubPath } from '../edition/addresses.ts';
import { abbreviations, book, changeRecord, glossary, names, titlePage } from '../lib/edition-data.ts';
import { noteText } from '../lib/note-texts.ts';
import { readDocuments, readOutline } from '../lib/outline-files.ts';
import { settings } from '../lib/settings.ts';
import { buildEpub, type Epub } from './epub/build.ts';
import { contentDate } from './epub/metadata.ts';

const VIRTUAL = 'virtual:edition/epub';

let building: Promise<Epub> | undefined;
let dateSource = '';

/** The edition's EPUB, built on first call (the same promise after). */
export function editionEpub(): Promise<Epub> {
  building ??= (async () => {
    const modified = contentDate(settings.contentDir, settings.sourceDateEpoch);
    dateSource = modified.source;
    return buildEpub({
      outline: readOutline(),
      documents: readDocuments(),
      titlePage,
      book,
      names,
      glossary,
      abbreviations,
      changes: changeRecord,
      noteText: (chapter, n) => noteText(chapter, n),
      modified: modified.seconds,
      stylesheet: readFileSync('src/integrations/epub/edition.css', 'utf8'),
    });
  })();
  return building;
}

export function epubIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'edition:epub',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        base = config.base;
        // A fresh build (and a dev server's restart) makes a fresh EPUB.
        building = undefined;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'edition-epub',
                resolveId: (id: string) => (id === VIRTUAL ? `\0${VIRTUAL}` : undefined),
                load: async (id: string) => {
                  if (id !== `\0${VIRTUAL}`) return undefined;
                  const { bytes } = await editionEpub();
                  return `export const epub = ${JSON.stringify({ href: epubPath(book.title, base), bytes: bytes.length })};`;
                },
              },
            ],
          },
        });
      },
      // `astro dev` serves the file from memory.
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          if (req.method !== 'GET' || req.url !== epubPath(book.title, base)) return next();
          editionEpub().then(
            ({ bytes }) => {
              res.setHeader('content-type', 'application/epub+zip');
              res.end(bytes);
            },
            (e: unknown) => next(e),
          );
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { bytes, stats } = await editionEpub();
        const file = epubPath(book.title).slice(1);
        writeFileSync(join(fileURLToPath(dir), file), bytes);
        logger.info(`${file}: ${bytes.length} bytes, ${stats.files} files, ${stats.notes} notes (${stats.suppliedNotes} with texts); modified: ${dateSource}`);
      },
    },
  };
}
