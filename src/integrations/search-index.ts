/**
 * After the pages are built, Pagefind indexes the edition (Starlight runs its
 * Pagefind step in the same hook). Two indexes: the English one of the reading
 * text in runs of paragraphs and of the index of names (search-records.ts),
 * and one of the Chinese document pages alone, so that Pagefind segments their
 * text (and a reader's Chinese query) as Chinese.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { chapterSlug } from '../edition/addresses.ts';
import { PAGEFIND_EXCLUDE_SELECTORS } from '../edition/markup.ts';
import { names, titlePage } from '../lib/edition-data.ts';
import { readOutline } from '../lib/outline-files.ts';
import { chapterRecords, nameIndexRecords, type SearchRecord, titlePageRecord } from './search-records.ts';

type Source = { records: SearchRecord[] } | { dir: string; glob: string };

/**
 * Pagefind's index chunks hold this many word positions (its default, 20,000,
 * puts the whole index of the excerpt in one 27 kB chunk that every first
 * search fetches; at this size a search fetches a chunk of 5–8 kB, and at 50×
 * the text the list of chunks costs 2 kB more). Pagefind reads it from its
 * environment (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE, since 1.5); it is passed to
 * the Pagefind process the Node API starts. Measured: README, Search.
 */
export const INDEX_CHUNK_SIZE = 5000;

async function writeIndex(outputPath: string, source: Source): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: [...PAGEFIND_EXCLUDE_SELECTORS] });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  let count = 0;
  if ('glob' in source) {
    const added = await index.addDirectory({ path: source.dir, glob: source.glob });
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

/** Every record of the English index: the title page, the chapters' passages, the index of names. */
export function readingRecords(dist: string, base: string): SearchRecord[] {
  const chapters = readOutline().map((chapter) => chapterRecords(readFileSync(join(dist, chapterSlug(chapter.number), 'index.html'), 'utf8'), chapter, base));
  return [titlePageRecord(titlePage, base), ...chapters.flat(), ...nameIndexRecords(names, base)];
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'edition:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        // Read by the Pagefind process when the first index is created, below.
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(INDEX_CHUNK_SIZE);
        try {
          await rm(join(dist, 'pagefind'), { recursive: true, force: true });
          await rm(join(dist, 'pagefind-zh'), { recursive: true, force: true });
          // Record URLs are site-relative: the browser gives Pagefind the site's base (its baseUrl option), which prefixes them.
          const records = await writeIndex(join(dist, 'pagefind'), { records: readingRecords(dist, '/') });
          const zhPages = await writeIndex(join(dist, 'pagefind-zh'), { dir: dist, glob: 'documents/**/*.html' });
          // Pagefind's own UI bundles are not used: the edition has its own (src/browser/).
          for (const sub of ['pagefind', 'pagefind-zh']) {
            for (const file of readdirSync(join(dist, sub)).filter((f) => /^pagefind-(component-ui|modular-ui|ui|highlight)\./.test(f))) {
              await rm(join(dist, sub, file));
            }
          }
          logger.info(`indexed ${records} records (${zhPages} pages in the Chinese index)`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
