/**
 * npm run bench: builds the site as a user does (`npm run build`, three times
 * cold and three warm), serves dist/ with `npm start`'s server (precompressed
 * files by Accept-Encoding) and measures in Chromium what a reader downloads
 * and waits for: first visits, first searches (also on an emulated slow 4G
 * link, typed at a human pace), the index, Lighthouse (median of three).
 * Prints the figures, then one table with each target beside its figure, and
 * writes bench/latest.json. Targets are reported, never asserted.
 *
 * BENCH_PORT (default 4421) · BENCH_BUILD_RUNS (default 3) · BENCH_RUNS: runs of each slow-4G search (default 3)
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium } from '@playwright/test';
import { readingText } from '../tests/support/reading-text.ts';
import { buildTimes } from './bench/build-timing.ts';
import { lighthouseMedians } from './bench/lighthouse.ts';
import { fetched, firstVisit, type Visit } from './bench/measure.ts';
import { type OfflineCost, offlineCost, offlineLine } from './bench/offline.ts';
import { SLOW_4G } from './bench/network.ts';
import { count, kB, median, ms, seconds, table, times, type Verdict, verdict, verdictTable } from './bench/report.ts';
import { firstSearch, type SearchRun } from './bench/search-timing.ts';
import { SEARCH_PARTS, searchPart } from './bench/search-parts.ts';
import { add, brotli11, fileForUrl, fileSizes, filesUnder, gzip9, missingSiblings, type Sizes, sizesOf, ZERO } from './bench/sizes.ts';
import { recordsIn } from './bench/site-facts.ts';
import { BASELINE, CHAPTER_3_OVER_WORDS, EARLIER, SEARCH } from './bench/targets.ts';
import { findChromium } from './ensure-chromium.ts';
import { serveStatic } from './serve-static.ts';

const DIST = 'dist';
const PAGES = ['/', '/chapter-2/', '/chapter-3/', '/chapter-4/', '/search/', '/names/'];
const QUERIES = ['Yudin', 'Gao Gang', 'Mao Tse-tung'];
const LIGHTHOUSE_PAGES = ['/', '/chapter-3/', '/search/'];
const BUILD_RUNS = Number(process.env.BENCH_BUILD_RUNS ?? 3);
const SEARCH_RUNS = Number(process.env.BENCH_RUNS ?? 3);
const log = (s: string) => console.log(`bench: ${s}`);

const chromePath = findChromium();
if (!chromePath) throw new Error('No Chromium: run `node scripts/ensure-chromium.ts`');

log(`building ${BUILD_RUNS} times cold and warm (npm run build)…`);
const build = buildTimes(BUILD_RUNS, { log });

const served = await serveStatic({ root: DIST, port: Number(process.env.BENCH_PORT ?? 4421) });
const ORIGIN = `http://127.0.0.1:${served.port}`;
const browser: Browser = await chromium.launch({ executablePath: chromePath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic'] });

/** A search's bytes in total and by part (served sizes of each request). */
function searchBytes(run: SearchRun) {
  const parts: Record<string, Sizes> = {};
  for (const r of run.requests) {
    const file = fileForUrl(DIST, r.url);
    const part = searchPart(r.url);
    parts[part] = add(parts[part] ?? ZERO, file ? fileSizes(file) : ZERO);
  }
  return { ...fetched(run.requests, DIST), parts };
}
const short = (url: string) => new URL(url).pathname.replace(/^.*\//, '') || new URL(url).pathname;
const medianRun = (runs: SearchRun[]) => [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)];

let lighthouse: Awaited<ReturnType<typeof lighthouseMedians>>;
let offline: OfflineCost;
const visits: Record<string, Visit> = {};
const searches: Record<string, ReturnType<typeof searchBytes> & { ms: number; results: number }> = {};
const slow: Record<'typed' | 'instant', SearchRun[]> = { typed: [], instant: [] };
try {
  log('first visits…');
  for (const path of PAGES) visits[path] = await firstVisit(browser, ORIGIN + path, DIST);
  log('first searches…');
  for (const q of QUERIES) {
    const run = await firstSearch(browser, `${ORIGIN}/chapter-3/`, q);
    searches[q] = { ...searchBytes(run), ms: run.ms, results: run.results };
  }
  log(`first searches on slow 4G, ${SEARCH_RUNS} runs each…`);
  for (let i = 0; i < SEARCH_RUNS; i++) {
    slow.typed.push(await firstSearch(browser, `${ORIGIN}/chapter-3/`, 'Yudin', { network: SLOW_4G, keyDelayMs: SEARCH.keyDelayMs }));
    slow.instant.push(await firstSearch(browser, `${ORIGIN}/chapter-3/`, 'Yudin', { network: SLOW_4G }));
  }
  log('the service worker on a first visit…');
  offline = await offlineCost(browser, ORIGIN, DIST);
  await browser.close();
  log(`Lighthouse, ${LIGHTHOUSE_PAGES.length} pages × 3…`);
  lighthouse = await lighthouseMedians(
    LIGHTHOUSE_PAGES.map((p) => ORIGIN + p),
    chromePath,
  );
} finally {
  await served.close();
}

// What the site holds.
const words = readingText(readFileSync(join(DIST, 'chapter-3/index.html'), 'utf8'));
const floor = { gzip: gzip9(words), brotli: brotli11(words) };
const index = { english: sizesOf(filesUnder(join(DIST, 'pagefind'))), chinese: sizesOf(filesUnder(join(DIST, 'pagefind-zh'))) };
const indexTotal = add(index.english, index.chinese);
const code = sizesOf(readdirSync(DIST).filter((f) => /^search-ui.*\.js$/.test(f)).map((f) => join(DIST, f)));
const namesPages = filesUnder(join(DIST, 'names')).map((f) => ({ file: f, ...fileSizes(f) }));
const largestNames = namesPages.reduce((m, p) => (p.gzip > m.gzip ? p : m), { file: '', ...ZERO });
const records = recordsIn(DIST);
const missing = missingSiblings(DIST);

// Tables of figures.
const out: string[] = [];
const ch3 = visits['/chapter-3/'];
out.push('First visit (bodies as served from dist/: gzip -9 and brotli -q 11; wire = what Chromium received, headers included; kB = 1000 bytes)');
out.push(
  table([
    ['page', 'gzip', 'brotli', 'wire (encoding)', 'requests', 'JS gzip', 'inline script'],
    ...Object.entries(visits).map(([p, v]) => [p, kB(v.sizes.gzip), kB(v.sizes.brotli), `${kB(v.wireBytes)} (${v.encoding ?? 'none'})`, count(v.requests), kB(v.byKind.js?.gzip ?? 0), `${v.inlineScriptBytes} B`]),
  ]),
);
out.push(
  '',
  `Chapter 3 against its words alone (the reading text's textContent): words ${kB(floor.gzip)} gzip, ${kB(floor.brotli)} brotli; page ${kB(ch3.sizes.gzip)} gzip (${times(ch3.sizes.gzip / floor.gzip)}), ${kB(ch3.sizes.brotli)} brotli (${times(ch3.sizes.brotli / floor.brotli)}).`,
);
out.push('', 'First search from /chapter-3/ (Ctrl+K, query filled in at once; loopback, no throttling)');
out.push(table([['query', 'gzip', 'brotli', 'requests', 'to first result', 'results'], ...Object.entries(searches).map(([q, s]) => [q, kB(s.sizes.gzip), kB(s.sizes.brotli), count(s.requests), ms(s.ms), count(s.results)])]));
const yudin = searches.Yudin;
out.push(`  "Yudin" by part (gzip): ${SEARCH_PARTS.filter((p) => yudin.parts[p]).map((p) => `${p} ${kB(yudin.parts[p].gzip)}`).join(', ')}`);

const typed = medianRun(slow.typed);
const instant = medianRun(slow.instant);
const rt = (runs: SearchRun[]) => median(runs.map((r) => r.serialChain.length));
const reqs = (runs: SearchRun[]) => median(runs.map((r) => r.requests.length));
out.push('', `Slow 4G (DevTools emulation: ${SLOW_4G.latency} ms round trip, 1.6 Mbps down, 750 kbps up), "Yudin" from /chapter-3/, median of ${SEARCH_RUNS}`);
out.push(
  table([
    ['how', 'to first result painted', 'serial round trips', 'requests', 'gzip'],
    [`typed, ${SEARCH.keyDelayMs} ms a key (measured ${ms(median(slow.typed.map((r) => r.keyIntervalMs ?? Number.NaN)))})`, `${ms(median(slow.typed.map((r) => r.ms)))} after the last key`, `${rt(slow.typed)} after the last key`, count(reqs(slow.typed)), kB(fetched(typed.requests, DIST).sizes.gzip)],
    ['filled in at once', `${ms(median(slow.instant.map((r) => r.ms)))} after Ctrl+K`, `${rt(slow.instant)} after Ctrl+K`, count(reqs(slow.instant)), kB(fetched(instant.requests, DIST).sizes.gzip)],
  ]),
);
out.push(`  chain after the last key (median run): ${typed.serialChain.map((r) => short(r.url)).join(' → ') || 'none'}`);
out.push(`  chain after Ctrl+K (median run): ${instant.serialChain.map((r) => short(r.url)).join(' → ')}`);

out.push(
  '',
  `Search index: English ${kB(index.english.raw)} on disk, ${kB(index.english.brotli)} as served (brotli); Chinese ${kB(index.chinese.raw)}, ${kB(index.chinese.brotli)}; together ${kB(indexTotal.raw)}, ${kB(indexTotal.brotli)}. Records: ${records.map((r) => `${r.count} (${r.index})`).join(', ')}. Search code ${kB(code.raw)} (${kB(code.gzip)} gzip).`,
);
out.push(`Index of names: ${namesPages.length} file(s); the largest ${largestNames.file.replace(`${DIST}/`, '')} ${kB(largestNames.raw)}, ${kB(largestNames.gzip)} gzip.`);
out.push(`Precompression: ${missing.length} text files without .br and .gz${missing.length ? ` (${missing.slice(0, 3).join(', ')}…)` : ''}; chapter 3 served with Content-Encoding ${ch3.encoding ?? 'none'}, Vary ${ch3.vary ?? 'none'}.`);
out.push(offlineLine(offline));

out.push('', 'Lighthouse (mobile, median of 3): performance / accessibility / best practices / SEO; LCP, TBT, CLS');
out.push(
  table([
    ['page', 'scores', 'LCP', 'TBT', 'CLS'],
    ...Object.entries(lighthouse).map(([u, l]) => [u.replace(ORIGIN, ''), `${l.performance} / ${l.accessibility} / ${l['best-practices']} / ${l.seo}`, ms(l.lcpMs), ms(l.tbtMs), l.cls.toFixed(3)]),
  ]),
);
const share = (t: { cpuMs: number; precompressCpuMs?: number }) => (t.precompressCpuMs !== undefined ? `, of which precompression ${seconds(t.precompressCpuMs)}` : '');
out.push(
  '',
  `Build (npm run build, median of ${BUILD_RUNS}; CPU = user + system of the process tree): cold ${seconds(build.cold.cpuMs)} CPU${share(build.cold)}, ${seconds(build.cold.wallMs)} wall; warm ${seconds(build.warm.cpuMs)} CPU${share(build.warm)}, ${seconds(build.warm.wallMs)} wall. Before issue 13 (${BASELINE.commit}): cold ${seconds(BASELINE.coldCpuMs)} CPU, ${seconds(BASELINE.coldWallMs)} wall; warm ${seconds(BASELINE.warmCpuMs)} CPU.`,
);

// The targets.
const v: Verdict[] = [
  verdict('1', 'slow 4G: last key of "Yudin" → first result painted', median(slow.typed.map((r) => r.ms)), SEARCH.lastKeyToResultMs, ms),
  verdict('1', 'slow 4G: Ctrl+K with the query at once → first result', median(slow.instant.map((r) => r.ms)), SEARCH.ctrlKToResultMs, ms),
  verdict('1', 'slow 4G: serial round trips after the last key', rt(slow.typed), SEARCH.roundTripsAfterLastKey, count),
  verdict('1', 'requests for "Yudin" typed at 150 ms a key', reqs(slow.typed), SEARCH.typedRequests, count),
  verdict('2', 'first "Yudin" search at 50× (npm run bench:scale)', undefined, 110_000, kB),
  verdict('3', 'build CPU at 1×, cold, against before issue 13', build.cold.cpuMs, BASELINE.coldCpuMs, seconds),
  verdict('3', 'build CPU at 50× against the peer (npm run bench:scale)', undefined, 1.5, times),
  verdict('4', 'largest index-of-names page, gzip (1×; the target is at 50×)', largestNames.gzip, 150_000, kB),
  verdict('5', `Chapter 3 first visit, gzip (${CHAPTER_3_OVER_WORDS}× its words' ${kB(floor.gzip)})`, ch3.sizes.gzip, Math.round(floor.gzip * CHAPTER_3_OVER_WORDS), kB),
  verdict('5', 'text files of dist/ without .br and .gz', missing.length, 0, count),
  { ...verdict('5', 'chapter 3 served precompressed (Content-Encoding and Vary)', ch3.encoding && /accept-encoding/i.test(ch3.vary ?? '') ? 1 : 0, 1, (n) => (n ? `yes (${ch3.encoding})` : 'no'), true), target: 'yes' },
  ...Object.entries(visits)
    .filter(([p]) => p !== '/search/')
    .map(([p, vis]) => verdict('earlier', `JavaScript downloaded on ${p}`, vis.byKind.js?.gzip ?? 0, EARLIER.readingPageJsBytes, kB)),
  verdict('earlier', 'largest inline script', Math.max(...Object.values(visits).map((x) => x.inlineScriptBytes)), EARLIER.inlineScriptBytes, (n) => `${n} B`),
  verdict('earlier', 'first "Yudin" search at 1×, gzip', yudin.sizes.gzip, EARLIER.firstSearchBytes, kB),
  ...Object.entries(lighthouse).flatMap(([u, l]) =>
    (['performance', 'accessibility', 'best-practices', 'seo'] as const).map((c) => verdict('earlier', `Lighthouse ${c} on ${u.replace(ORIGIN, '')}`, l[c], EARLIER.lighthouse, count, true)),
  ),
];
out.push('', 'Targets (issue 13 and earlier ones): each figure beside its goal', verdictTable(v));
const missed = v.filter((x) => x.status === 'missed');
out.push('', missed.length === 0 ? 'Every measured target met.' : `${missed.length} target(s) missed.`);
console.log(`\n${out.join('\n')}`);

const chain = (r: SearchRun) => r.serialChain.map((x) => ({ url: new URL(x.url).pathname, start: x.start, end: x.end }));
mkdirSync('bench', { recursive: true });
writeFileSync(
  'bench/latest.json',
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      build,
      baseline: BASELINE,
      visits,
      chapter3: { words: floor, page: ch3.sizes, ratioGzip: ch3.sizes.gzip / floor.gzip, ratioBrotli: ch3.sizes.brotli / floor.brotli },
      searches,
      slow4g: {
        conditions: SLOW_4G,
        typed: slow.typed.map((r) => ({ ms: r.ms, keyIntervalMs: r.keyIntervalMs, requests: r.requests.length, roundTrips: r.serialChain.length, chain: chain(r) })),
        instant: slow.instant.map((r) => ({ ms: r.ms, requests: r.requests.length, roundTrips: r.serialChain.length, chain: chain(r) })),
      },
      index: { ...index, total: indexTotal, code, records },
      names: { files: namesPages.length, largest: { ...largestNames, file: largestNames.file.replace(`${DIST}/`, '') } },
      precompression: { missing },
      offline,
      lighthouse,
      verdicts: v,
    },
    null,
    2,
  )}\n`,
);
console.log('\nwritten: bench/latest.json');
