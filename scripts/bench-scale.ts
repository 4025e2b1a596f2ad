/**
 * npm run bench:scale: does the edition scale? Builds synthetic books 1×, 10× and
 * 50× the excerpt (its chapters repeated and renumbered, in a temporary
 * directory under .scale/, git-ignored: Vite resolves content only inside the project) and prints build time, dist/ size, index size and
 * the bytes a first search fetches, with ratios to 1×.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { astroBuild, searchBuild } from './bench/build-timing.ts';
import { firstSearch } from './bench/measure.ts';
import { findChromium } from './ensure-chromium.ts';
import { serveStatic } from './serve-static.ts';

const FACTORS = (process.env.SCALE_FACTORS ?? '1,10,50').split(',').map(Number);
const PORT = Number(process.env.BENCH_PORT ?? 4481);

/** Astro caches the content layer by entry; a different content directory needs a clean cache (and the real build after it too). */
function clearAstroCache(): void {
  rmSync('.astro', { recursive: true, force: true });
  rmSync('node_modules/.astro', { recursive: true, force: true });
}

const size = (path: string): number => (statSync(path).isDirectory() ? readdirSync(path).reduce((n, f) => n + size(join(path, f)), 0) : statSync(path).size);

/** The excerpt's chapters `factor` times over, renumbered 1…n, with the excerpt's own generated files. */
function syntheticContent(root: string, factor: number): number {
  const content = join(root, 'content');
  mkdirSync(join(content, 'chapters'), { recursive: true });
  cpSync('content/edition', join(content, 'edition'), { recursive: true });
  cpSync('content/documents', join(content, 'documents'), { recursive: true });
  const originals = readdirSync('content/chapters').sort((a, b) => Number(a.slice(8)) - Number(b.slice(8)));
  let n = 0;
  for (let k = 0; k < factor; k++) {
    for (const dir of originals) {
      n += 1;
      const target = join(content, 'chapters', `chapter-${n}`);
      mkdirSync(target);
      for (const file of readdirSync(join('content/chapters', dir))) {
        const mdx = readFileSync(join('content/chapters', dir, file), 'utf8')
          .replace(/^chapter: \d+$/m, `chapter: ${n}`)
          .replace(/^excerpt(Opens|Ends)Here: true\n/gm, '');
        writeFileSync(join(target, file), mdx);
      }
    }
  }
  return n;
}

const chromePath = findChromium();
if (!chromePath) throw new Error('No Chromium: run `node scripts/ensure-chromium.ts`');
const browser = await chromium.launch({ executablePath: chromePath, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const rows: { factor: number; chapters: number; buildMs: number; astroMs: number; searchMs: number; distBytes: number; indexBytes: number; searchBytes: number; searchRequests: number }[] = [];
try {
  for (const factor of FACTORS) {
    mkdirSync('.scale', { recursive: true });
    const root = mkdtempSync(join('.scale', `${factor}x-`));
    try {
      const chapters = syntheticContent(root, factor);
      const dist = join(root, 'dist');
      const env = { EDITION_CONTENT_DIR: `./${join(root, 'content')}`, DIST_DIR: dist };
      clearAstroCache();
      const astroMs = astroBuild(env, dist);
      const searchMs = searchBuild(env);
      const server = await serveStatic(dist, PORT);
      const search = await firstSearch(browser, `http://127.0.0.1:${PORT}/chapter-2/`, 'Yudin');
      server.close();
      rows.push({ factor, chapters, buildMs: astroMs + searchMs, astroMs, searchMs, distBytes: size(dist), indexBytes: size(join(dist, 'pagefind')), searchBytes: search.bytes.total, searchRequests: search.requests });
      console.log(`scale ${factor}×: built ${chapters} chapters`);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
} finally {
  await browser.close();
  clearAstroCache();
}

const base = rows[0];
const mb = (b: number) => (b / 1e6).toFixed(2);
console.log('\nscale | chapters | build s (astro + search) | dist MB | index MB | first search "Yudin" kB (requests) | build ×  | search bytes ×');
for (const r of rows) {
  console.log(
    `${`${r.factor}×`.padEnd(5)} | ${String(r.chapters).padStart(8)} | ${(r.buildMs / 1000).toFixed(2).padStart(6)} (${(r.astroMs / 1000).toFixed(2)} + ${(r.searchMs / 1000).toFixed(2)}) | ${mb(r.distBytes).padStart(7)} | ${mb(r.indexBytes).padStart(8)} | ${(r.searchBytes / 1000).toFixed(1).padStart(8)} (${r.searchRequests}) | ${(r.buildMs / base.buildMs).toFixed(2).padStart(7)} | ${(r.searchBytes / base.searchBytes).toFixed(2)}`,
  );
}
console.log('\nLinear build growth would make "build ×" equal the scale; flat search bytes keep "search bytes ×" near 1 (only the ten passages shown are fetched; a larger index has more, smaller chunks).');
mkdirSync('bench', { recursive: true });
writeFileSync('bench/scale.json', `${JSON.stringify({ date: new Date().toISOString(), rows }, null, 2)}\n`);
