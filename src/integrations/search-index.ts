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
 * How many word positions Pagefind puts in an index chunk (a first search
 * fetches the chunk its word is in). Pagefind's default, 20,000, holds the whole
 * of a small index in one chunk (the excerpt's: 27 kB); a small index is cut
 * into about eight chunks instead (a word position per ~0.4 words of text, so
 * about a third of the words per chunk), a large one keeps Pagefind's size, so
 * that the list of chunks, which every first search fetches in the metadata,
 * stays short. Pagefind reads it from its environment
 * (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE, since 1.5), which the process the Node
 * API starts inherits. Measured: README, Search.
 */
export function indexChunkSize(words: number): number {
  return Math.min(20_000, Math.max(1_000, Math.round(words / 3)));
}

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
        // Record URLs are site-relative: the browser gives Pagefind the site's base (its baseUrl option), which prefixes them.
        const reading = readingRecords(dist, '/');
        // Read by the Pagefind process, which starts when the first index is created, below.
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(indexChunkSize(reading.reduce((n, r) => n + (r.words ?? 0), 0)));
        try {
          await rm(join(dist, 'pagefind'), { recursive: true, force: true });
          await rm(join(dist, 'pagefind-zh'), { recursive: true, force: true });
          const records = await writeIndex(join(dist, 'pagefind'), { records: reading });
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
