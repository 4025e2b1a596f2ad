/**
 * npm run bench:scale: does the edition scale? For books 1×, 10× and 50× the
 * excerpt (its chapters repeated and renumbered, in a temporary directory under
 * .scale/, git-ignored: Vite resolves content only inside the project) it runs
 * `npm run build` cold (EDITION_CONTENT_DIR points at the book; dist/ is set
 * aside first and put back after) and measures build CPU and wall time, dist/,
 * the records indexed, the first "Yudin" search and its parts, and the largest
 * page of the index of names. The peer, a default Starlight site of the same
 * text (scripts/bench/peer.ts), is built and measured the same way, so that
 * ratios can be printed. One table of targets; writes bench/scale.json.
 *
 * SCALE_FACTORS (default 1,10,50) · BENCH_PORT (default 4421) · BENCH_PEER=0 to skip the peer
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium } from '@playwright/test';
import { clearBuildCaches, type Timing, timeBuild } from './bench/build-timing.ts';
import { fetched } from './bench/measure.ts';
import { installPeer, PEER_ROOT, peerBuildCommand, writePeerSite } from './bench/peer.ts';
import { count, kB, ms, seconds, table, times, type Verdict, verdict, verdictTable } from './bench/report.ts';
import { EDITION_SEARCH, firstSearch, STARLIGHT_SEARCH, type SearchUi } from './bench/search-timing.ts';
import { SEARCH_PARTS, type SearchPart, searchPart } from './bench/search-parts.ts';
import { add, diskBytes, fileForUrl, fileSizes, filesUnder, type Sizes, sizesOf, ZERO } from './bench/sizes.ts';
import { recordsIn } from './bench/site-facts.ts';
import { BASELINE, BUILD_CPU_VS_PEER_AT_50X, FIRST_SEARCH_AT_50X_BYTES, NAMES_PAGE_AT_50X_BYTES } from './bench/targets.ts';
import { findChromium } from './ensure-chromium.ts';
import { serveStatic } from './serve-static.ts';

const FACTORS = (process.env.SCALE_FACTORS ?? '1,10,50').split(',').map(Number);
const PORT = Number(process.env.BENCH_PORT ?? 4421);
const WITH_PEER = process.env.BENCH_PEER !== '0';
const log = (s: string) => console.log(`bench:scale: ${s}`);

/** The excerpt's chapters `factor` times over, renumbered 1…n, with the excerpt's own generated files. */
function syntheticContent(root: string, factor: number): number {
  const content = join(root, 'content');
  mkdirSync(join(content, 'chapters'), { recursive: true });
  // Everything but the chapters is the excerpt's own: records, documents, editorial data, names.
  for (const part of ['edition', 'documents', 'editorial', 'notes', 'names.json', 'glossary.json']) cpSync(join('content', part), join(content, part), { recursive: true });
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
          // Each note marker names its chapter (the build checks it).
          .replace(/<Sidenote chapter=\{\d+\}/g, `<Sidenote chapter={${n}}`)
          .replace(/^excerpt(Opens|Ends)Here: true\n/gm, '');
        writeFileSync(join(target, file), mdx);
      }
    }
  }
  return n;
}

interface Measured {
  build: Timing;
  distBytes: number;
  /** dist/ without the precompressed siblings. */
  distRawBytes: number;
  records: { index: string; count: number }[];
  search: { sizes: Sizes; requests: number; ms: number; results: number; parts: Partial<Record<SearchPart, Sizes>> };
  largestNamesPage?: { file: string } & Sizes;
}

async function measure(browser: Browser, dist: string, ui: SearchUi, build: Timing): Promise<Measured> {
  const served = await serveStatic({ root: dist, port: PORT });
  try {
    const run = await firstSearch(browser, `http://127.0.0.1:${served.port}/chapter-2/`, 'Yudin', { ui });
    const parts: Partial<Record<SearchPart, Sizes>> = {};
    for (const r of run.requests) {
      const file = fileForUrl(dist, r.url);
      parts[searchPart(r.url)] = add(parts[searchPart(r.url)] ?? ZERO, file ? fileSizes(file) : ZERO);
    }
    const names = filesUnder(join(dist, 'names')).map((file) => ({ file: file.slice(dist.length + 1), ...fileSizes(file) }));
    return {
      build,
      distBytes: diskBytes(dist),
      distRawBytes: sizesOf(filesUnder(dist)).raw,
      records: recordsIn(dist),
      search: { sizes: fetched(run.requests, dist).sizes, requests: run.requests.length, ms: run.ms, results: run.results, parts },
      ...(names.length ? { largestNamesPage: names.reduce((m, p) => (p.gzip > m.gzip ? p : m)) } : {}),
    };
  } finally {
    await served.close();
  }
}

const chromePath = findChromium();
if (!chromePath) throw new Error('No Chromium: run `node scripts/ensure-chromium.ts`');
let peerVersion: string | undefined;
let peerError: string | undefined;
if (WITH_PEER) {
  try {
    peerVersion = installPeer(log);
  } catch (e) {
    peerError = (e as Error).message;
    log(`the peer cannot be built here: ${peerError}`);
  }
}

const browser = await chromium.launch({ executablePath: chromePath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic'] });
const rows: { factor: number; chapters: number; edition: Measured; peer?: Measured }[] = [];
mkdirSync('.scale', { recursive: true });
const kept = existsSync('dist') ? mkdtempSync(join('.scale', 'dist-kept-')) : undefined;
if (kept) renameSync('dist', join(kept, 'dist'));
try {
  for (const factor of FACTORS) {
    const root = mkdtempSync(join('.scale', `${factor}x-`));
    try {
      const chapters = syntheticContent(root, factor);
      log(`${factor}×: ${chapters} chapters; npm run build (cold)…`);
      clearBuildCaches();
      const build = timeBuild({ env: { EDITION_CONTENT_DIR: `./${join(root, 'content')}` } });
      const edition = await measure(browser, 'dist', EDITION_SEARCH, build);
      rmSync('dist', { recursive: true, force: true });
      let peer: Measured | undefined;
      if (peerVersion) {
        const site = join(PEER_ROOT, `site-${factor}x`);
        try {
          writePeerSite(join(root, 'content'), site);
          log(`${factor}×: the peer (Starlight ${peerVersion}): astro build (cold)…`);
          const peerBuild = timeBuild({ cwd: site, command: peerBuildCommand() });
          peer = await measure(browser, join(site, 'dist'), STARLIGHT_SEARCH, peerBuild);
        } catch (e) {
          peerError = `${factor}×: ${(e as Error).message.slice(0, 2000)}`;
          log(`the peer failed: ${peerError}`);
        } finally {
          rmSync(site, { recursive: true, force: true });
        }
      }
      rows.push({ factor, chapters, edition, ...(peer ? { peer } : {}) });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
} finally {
  await browser.close();
  // The caches hold the last synthetic book: gone, and the project's own types (.astro/) made again.
  clearBuildCaches();
  spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'sync'], { stdio: 'ignore' });
  rmSync('dist', { recursive: true, force: true });
  if (kept) {
    renameSync(join(kept, 'dist'), 'dist');
    rmSync(kept, { recursive: true, force: true });
  }
}

const mb = (b: number) => `${(b / 1e6).toFixed(2)} MB`;
const ratio = (a: number | undefined, b: number | undefined) => (a !== undefined && b ? times(a / b) : '–');
const out: string[] = [''];
out.push('Build (npm run build, cold; the peer: astro build, cold), dist/ and records');
out.push(
  table([
    ['scale', 'chapters', 'CPU', 'wall', 'of which precompression', 'CPU × peer', 'dist (with .br/.gz)', 'records', 'peer CPU', 'peer wall', 'peer dist', 'peer records'],
    ...rows.map((r) => [
      `${r.factor}×`,
      count(r.chapters),
      seconds(r.edition.build.cpuMs),
      seconds(r.edition.build.wallMs),
      r.edition.build.precompressCpuMs !== undefined ? seconds(r.edition.build.precompressCpuMs) : '–',
      ratio(r.edition.build.cpuMs, r.peer?.build.cpuMs),
      `${mb(r.edition.distRawBytes)} (${mb(r.edition.distBytes)})`,
      r.edition.records.map((x) => `${x.count}`).join(' + '),
      r.peer ? seconds(r.peer.build.cpuMs) : '–',
      r.peer ? seconds(r.peer.build.wallMs) : '–',
      r.peer ? mb(r.peer.distRawBytes) : '–',
      r.peer ? r.peer.records.map((x) => `${x.count}`).join(' + ') : '–',
    ]),
  ]),
);
out.push('', 'First "Yudin" search from /chapter-2/ (bodies as served: gzip -9 / brotli -q 11), by part (gzip)');
const partsShown = SEARCH_PARTS.filter((p) => rows.some((r) => r.edition.search.parts[p]));
out.push(
  table([
    ['scale', 'gzip', 'brotli', 'requests', '× 1×', '× peer', ...partsShown, 'peer gzip', 'peer requests'],
    ...rows.map((r) => [
      `${r.factor}×`,
      kB(r.edition.search.sizes.gzip),
      kB(r.edition.search.sizes.brotli),
      count(r.edition.search.requests),
      ratio(r.edition.search.sizes.gzip, rows[0].edition.search.sizes.gzip),
      ratio(r.edition.search.sizes.gzip, r.peer?.search.sizes.gzip),
      ...partsShown.map((p) => kB(r.edition.search.parts[p]?.gzip ?? 0)),
      r.peer ? kB(r.peer.search.sizes.gzip) : '–',
      r.peer ? count(r.peer.search.requests) : '–',
    ]),
  ]),
);
out.push('', 'Index of names: the largest file under dist/names/');
out.push(table([['scale', 'file', 'raw', 'gzip', 'brotli'], ...rows.map((r) => [`${r.factor}×`, r.edition.largestNamesPage?.file ?? '–', kB(r.edition.largestNamesPage?.raw ?? 0), kB(r.edition.largestNamesPage?.gzip ?? 0), kB(r.edition.largestNamesPage?.brotli ?? 0)])]));
if (!peerVersion || peerError) out.push('', `The peer: ${peerError ?? 'skipped (BENCH_PEER=0)'}; figures are absolute.`);

const at = (f: number) => rows.find((r) => r.factor === f);
const v: Verdict[] = [
  verdict('2', 'first "Yudin" search at 50×, gzip', at(50)?.edition.search.sizes.gzip, FIRST_SEARCH_AT_50X_BYTES, kB),
  verdict('3', 'build CPU at 50× against the peer', at(50)?.peer ? at(50)!.edition.build.cpuMs / at(50)!.peer!.build.cpuMs : undefined, BUILD_CPU_VS_PEER_AT_50X, times),
  verdict('3', `build CPU at 1×, cold, against before issue 13 (${BASELINE.commit})`, at(1)?.edition.build.cpuMs, BASELINE.coldCpuMs, seconds),
  verdict('4', 'largest index-of-names page at 50×, gzip', at(50)?.edition.largestNamesPage?.gzip, NAMES_PAGE_AT_50X_BYTES, kB),
];
out.push('', 'Targets', verdictTable(v));
console.log(out.join('\n'));
mkdirSync('bench', { recursive: true });
writeFileSync('bench/scale.json', `${JSON.stringify({ date: new Date().toISOString(), factors: FACTORS, peer: peerVersion ? { starlight: peerVersion } : { error: peerError }, rows, verdicts: v }, null, 2)}\n`);
console.log(`\nwritten: bench/scale.json${rows.length ? ` (search ms at ${rows.map((r) => `${r.factor}×: ${ms(r.edition.search.ms)}`).join(', ')})` : ''}`);
