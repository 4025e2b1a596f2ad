/**
 * After the pages are built, the edition's browser code (src/browser/) is
 * bundled into dist/search-ui.js with its lazily loaded chunks. Build-time
 * data reaches it as modules of their own, each bundled only where imported:
 * the variant table (not the whole names file), the outline results are
 * labelled from and the names of Pagefind's files with the search code, the
 * book's facts with the citation, the search styles.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build, type Plugin, transform } from 'esbuild';
import type { SearchOutline } from '../browser/search/labels.ts';
import { bundleFiles, ENGINE_PRELOAD, type PagefindEntry, type PagefindFiles } from '../browser/search/pagefind-files.ts';
import { groupTable, variantTable } from '../browser/search/variants.ts';
import { book, names } from '../lib/edition-data.ts';
import { readDocuments, readOutline } from '../lib/outline-files.ts';
import { indexChunks } from './pagefind-meta.ts';

/** An esbuild plugin serving `import data from 'edition:…'` from values computed here. */
function buildData(modules: Record<string, unknown>): Plugin {
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
    const files = bundleFiles(JSON.parse(readFileSync(join(outdir, dir, 'pagefind-entry.json'), 'utf8')) as PagefindEntry, filters);
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

/**
 * Two bundles, each one file: search-ui.js (search, highlights, the loader's
 * entry) and search-ui-cite.js (the citation panel, fetched only when a reader
 * follows a permalink). Not esbuild's code splitting: it moves what both use
 * into a third file that search-ui.js would import, a round trip more before
 * search can start.
 */
export async function bundleBrowserCode(outdir: string): Promise<void> {
  const common = { outdir, bundle: true, format: 'esm', minify: true, target: 'es2022', legalComments: 'none' } as const;
  await build({
    ...common,
    entryPoints: { 'search-ui': 'src/browser/index.ts' },
    plugins: [
      buildData({
        'edition:variant-table': groupTable(variantTable(names)),
        'edition:search-outline': searchOutline(),
        'edition:pagefind-files': pagefindFiles(outdir),
        // Minified, and adopted as a constructed stylesheet: one request fewer on a first search.
        'edition:search-css': (await transform(readFileSync('src/browser/search/search.css', 'utf8'), { loader: 'css', minify: true })).code,
      }),
    ],
  });
  await build({
    ...common,
    entryPoints: { 'search-ui-cite': 'src/browser/cite/cite-panel.ts' },
    plugins: [buildData({ 'edition:book': { author: book.author, title: book.title, place: book.place, publisher: book.publisher, year: book.year } })],
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
