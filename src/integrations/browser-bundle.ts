/**
 * After the pages are built, the edition's browser code (src/browser/) is
 * bundled into dist/search-ui.js with its lazily loaded chunks. Build-time
 * data reaches it as modules of their own, each bundled only where imported:
 * the variant table (not the whole names file) with the search code, the
 * book's facts with the citation, the search styles.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build, type Plugin, transform } from 'esbuild';
import { groupTable, variantTable } from '../browser/search/variants.ts';
import { book, names } from '../lib/edition-data.ts';

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

export async function bundleBrowserCode(outdir: string): Promise<void> {
  await build({
    entryPoints: { 'search-ui': 'src/browser/index.ts' },
    outdir,
    chunkNames: 'search-ui-[name]-[hash]',
    splitting: true,
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    legalComments: 'none',
    plugins: [
      buildData({
        'edition:variant-table': groupTable(variantTable(names)),
        'edition:book': { author: book.author, title: book.title, place: book.place, publisher: book.publisher, year: book.year },
        // Minified, and adopted as a constructed stylesheet: one request fewer on a first search.
        'edition:search-css': (await transform(readFileSync('src/browser/search/search.css', 'utf8'), { loader: 'css', minify: true })).code,
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
