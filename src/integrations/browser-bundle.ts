/**
 * After the pages are built, the edition's browser code (src/browser/) is
 * bundled into dist/search-ui.js and the files it loads on demand. Build-time
 * data reaches it as modules of their own, each bundled only where imported:
 * the variant table (not the whole names file), the outline results are
 * labelled from and the names of Pagefind's files with the search code, the
 * book's facts with the citation, the search styles.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build, type Plugin, transform } from 'esbuild';
import type { SearchOutline } from '../browser/search/labels.ts';
import { bundleFiles, ENGINE_PRELOAD, type PagefindFiles } from '../browser/search/pagefind-files.ts';
import { pagefindEntry } from '../edition/formats/pagefind-entry.ts';
import { parseData } from '../edition/parse-data.ts';
import { groupTable, variantTable } from '../browser/search/variants.ts';
import { book, names } from '../lib/edition-data.ts';
import { readDocuments, readOutline } from '../lib/outline-files.ts';
import { indexChunks } from './pagefind-meta.ts';

/** An esbuild plugin serving `import data from 'edition:…'` from values computed here. */
export function buildData(modules: Record<string, unknown>): Plugin {
  return {
    name: 'edition-build-data',
    setup(b) {
      b.onResolve({ filter: /^edition:/ }, (args) => ({ path: args.path, namespace: 'edition-data' }));
      b.onLoad({ filter: /.*/, namespace: 'edition-data' }, (args) => ({ contents: JSON.stringify(modules[args.path]), loader: 'json' }));
    },
  };
}

/** What search results are labelled with: each chapter's sections by first paragraph, each document's caption. */
export function searchOutline(): SearchOutline {
  return {
    chapters: readOutline().map((c) => [c.number, c.sections.map(({ data }): [number, string | null] => [data.firstParagraph, data.section])]),
    documents: readDocuments().map((d): [string, string] => [d.id, d.data.caption]),
  };
}

/** The files each Pagefind bundle (written just before, by search-index.ts) fetches before it can search. */
function pagefindFiles(outdir: string): PagefindFiles {
  const entry = (dir: string) => {
    const filters = existsSync(join(outdir, dir, 'filter')) ? readdirSync(join(outdir, dir, 'filter')).sort() : [];
    const file = join(outdir, dir, 'pagefind-entry.json');
    const files = bundleFiles(parseData(pagefindEntry, readFileSync(file, 'utf8'), file), filters);
    const meta = files.preload.find((f) => f.endsWith('.pf_meta')) as string;
    return { ...files, chunks: indexChunks(readFileSync(join(outdir, dir, meta))) };
  };
  const files = { pagefind: entry('pagefind'), 'pagefind-zh': entry('pagefind-zh') };
  // The loader names the English bundle's files before any build: they must be what Pagefind wrote.
  for (const [path] of ENGINE_PRELOAD) {
    if (!existsSync(join(outdir, path))) throw new Error(`browser-bundle: the loader preloads ${path}, which Pagefind did not write (see ENGINE_PRELOAD)`);
  }
  return files;
}

/** The parts loaded only when a reader asks for them, by the name index.ts loads them by. */
const LAZY_ENTRIES = { cite: 'src/browser/cite/cite-panel.ts', chapter: 'src/browser/annotate/chapter.ts', notes: 'src/browser/annotate/notes-page.ts' } as const;

/**
 * search-ui.js (search, highlights, the loader's entry) is one file; the parts
 * loaded on demand (the citation panel, annotation, the notes page) are built
 * first, apart, sharing chunks among themselves, and search-ui.js loads them by
 * the names they got. One build with esbuild's code splitting would move what
 * search-ui.js shares with them into a chunk that search-ui.js imports: a
 * round trip more before search can start.
 */
export async function bundleBrowserCode(outdir: string): Promise<void> {
  const common = { outdir, bundle: true, format: 'esm', minify: true, target: 'es2022', legalComments: 'none' } as const;
  const lazy = await build({
    ...common,
    entryPoints: Object.values(LAZY_ENTRIES),
    entryNames: 'search-ui-[name]-[hash]',
    chunkNames: 'search-ui-[name]-[hash]',
    splitting: true,
    metafile: true,
    plugins: [buildData({ 'edition:book': { author: book.author, title: book.title, place: book.place, publisher: book.publisher, year: book.year } })],
  });
  const outputs = Object.entries(lazy.metafile.outputs);
  const lazyCode = Object.fromEntries(
    Object.entries(LAZY_ENTRIES).map(([part, entry]) => {
      const output = outputs.find(([, o]) => o.entryPoint === entry)?.[0];
      if (!output) throw new Error(`browser-bundle: no output for ${entry}`);
      return [part, basename(output)];
    }),
  );
  await build({
    ...common,
    entryPoints: { 'search-ui': 'src/browser/index.ts' },
    plugins: [
      buildData({
        'edition:lazy-code': lazyCode,
        'edition:variant-table': groupTable(variantTable(names)),
        'edition:search-outline': searchOutline(),
        'edition:pagefind-files': pagefindFiles(outdir),
        // Minified, and adopted as a constructed stylesheet: one request fewer on a first search.
        'edition:search-css': (await transform(readFileSync('src/browser/search/search.css', 'utf8'), { loader: 'css', minify: true })).code,
      }),
    ],
  });
  // reader.js: the reader's settings, place and progress, on its own (it shares nothing with search, and a chapter loads it on the first scroll).
  await build({
    ...common,
    entryPoints: { reader: 'src/browser/reader.ts' },
    plugins: [
      buildData({
        // Chapters and their sections' paragraph ranges, to name a stored place ("Chapter 3, The Alliance’s Golden Years").
        'edition:outline': readOutline().map((c) => ({
          number: c.number,
          title: c.title,
          sections: c.sections.map((s) => ({ title: s.data.section, first: s.data.firstParagraph, count: s.data.paragraphCount })),
        })),
      }),
    ],
  });
}

export function browserBundle(): AstroIntegration {
  return {
    name: 'edition:browser-bundle',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await bundleBrowserCode(fileURLToPath(dir));
        logger.info('bundled search-ui.js');
      },
    },
  };
}
