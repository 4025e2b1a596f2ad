/**
 * npm run build, second half: after `astro build`, Pagefind indexes dist/ and the
 * search code is bundled. Two indexes: the English one for every reading page,
 * and one of the Chinese document pages alone, so that Pagefind segments their
 * text (and a reader's Chinese query) as Chinese.
 */
import { rm } from 'node:fs/promises';
import { build } from 'esbuild';
import * as pagefind from 'pagefind';

const DIST = process.env.DIST_DIR ?? 'dist';

async function writeIndex(outputPath: string, glob?: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex();
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: DIST, ...(glob ? { glob } : {}) });
  if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  return added.page_count;
}

try {
  await rm(`${DIST}/pagefind`, { recursive: true, force: true });
  await rm(`${DIST}/pagefind-zh`, { recursive: true, force: true });
  const pages = await writeIndex(`${DIST}/pagefind`);
  const zhPages = await writeIndex(`${DIST}/pagefind-zh`, 'documents/**/*.html');
  await build({
    entryPoints: ['src/search/index.ts'],
    outfile: `${DIST}/search-ui.js`,
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    legalComments: 'none',
  });
  console.log(`search: indexed ${pages} pages (${zhPages} in the Chinese index); bundled search-ui.js`);
} finally {
  await pagefind.close();
}
