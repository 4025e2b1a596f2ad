/**
 * npm run build, second half: after `astro build`, Pagefind indexes dist/ and the
 * search code is bundled. Two indexes: the English one of the reading text, a
 * record per section (scripts/search-records.ts), and one of the Chinese
 * document pages alone, so that Pagefind segments their text (and a reader's
 * Chinese query) as Chinese.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { build, type Plugin, transform } from 'esbuild';
import * as pagefind from 'pagefind';
import { PAGEFIND_EXCLUDE_SELECTORS } from '../src/lib/index-selectors.ts';
import { groupTable, type NameEntry, variantTable } from '../src/browser/search/variants.ts';
import type { Book } from '../src/browser/cite/citation.ts';
import type { TitlePage } from './importer/structure.ts';
import { readingRecords, type SearchRecord } from './search-records.ts';

const DIST = process.env.DIST_DIR ?? 'dist';

type Source = { records: SearchRecord[] } | { glob: string };

async function writeIndex(outputPath: string, source: Source): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: [...PAGEFIND_EXCLUDE_SELECTORS] });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  let count = 0;
  if ('glob' in source) {
    const added = await index.addDirectory({ path: DIST, glob: source.glob });
    if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
    count = added.page_count;
  } else {
    for (const r of source.records) {
      const added = await index.addHTMLFile({ url: r.url, content: r.html });
      if (added.errors.length > 0) throw new Error(`pagefind: ${r.url}: ${added.errors.join('; ')}`);
      count += 1;
    }
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  return count;
}

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

const names = JSON.parse(readFileSync('content/names.json', 'utf8')) as { entries: NameEntry[] };
const titlePage = JSON.parse(readFileSync(`${process.env.EDITION_CONTENT_DIR ?? 'content'}/edition/title-page.json`, 'utf8')) as TitlePage;
/** What a citation names: the title page's facts, and the year, which the excerpt does not print. */
const book: Book = {
  author: titlePage.author ?? '',
  title: titlePage.title.join(' '),
  place: titlePage.imprint[1]?.split(/\s*&\s*/)[0] ?? '',
  publisher: titlePage.imprint[0]?.replace(/^The /, '') ?? '',
  year: (JSON.parse(readFileSync('content/editorial/book.json', 'utf8')) as { year: number }).year,
};

const chapterPaths = readdirSync(DIST)
  .filter((d) => /^chapter-\d+$/.test(d))
  .sort((a, b) => Number(a.slice(8)) - Number(b.slice(8)))
  .map((d) => `${d}/`);

try {
  await rm(`${DIST}/pagefind`, { recursive: true, force: true });
  await rm(`${DIST}/pagefind-zh`, { recursive: true, force: true });
  const records = await writeIndex(`${DIST}/pagefind`, { records: readingRecords(DIST, chapterPaths) });
  const zhPages = await writeIndex(`${DIST}/pagefind-zh`, { glob: 'documents/**/*.html' });
  // Pagefind's own UI bundles are not used: the edition has its own (src/browser/).
  for (const dir of ['pagefind', 'pagefind-zh']) {
    for (const file of readdirSync(`${DIST}/${dir}`).filter((f) => /^pagefind-(component-ui|modular-ui|ui|highlight)\./.test(f))) {
      await rm(`${DIST}/${dir}/${file}`);
    }
  }
  await build({
    entryPoints: { 'search-ui': 'src/browser/index.ts' },
    outdir: DIST,
    chunkNames: 'search-ui-[name]-[hash]',
    splitting: true,
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    legalComments: 'none',
    // Build-time data as modules of their own, each bundled only where imported: the variant
    // table (not the whole names file) with the search code, the book's facts with the citation.
    plugins: [
      buildData({
        'edition:variant-table': groupTable(variantTable(names.entries)),
        'edition:book': book,
        // Minified, and adopted as a constructed stylesheet: one request fewer on a first search.
        'edition:search-css': (await transform(readFileSync('src/browser/search/search.css', 'utf8'), { loader: 'css', minify: true })).code,
      }),
    ],
  });
  console.log(`search: indexed ${records} passages (${zhPages} pages in the Chinese index); bundled search-ui.js`);
} finally {
  await pagefind.close();
}
