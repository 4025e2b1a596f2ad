/**
 * npm run bench: build the site (three times, for build-time medians), serve it
 * gzipped on loopback, and measure in Chromium what a reader downloads and waits
 * for; Lighthouse (mobile) for three pages. Prints one table and writes
 * bench/latest.json. Targets are reported with their gap, never asserted.
 */
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium } from './ensure-chromium.ts';
import { buildTimes } from './bench/build-timing.ts';
import { lighthouseScores } from './bench/lighthouse.ts';
import { firstSearch, firstVisit } from './bench/measure.ts';
import { offlineCost, offlineLine } from './bench/offline.ts';
import { serveStatic } from './serve-static.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4480);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const PAGES = ['/', '/chapter-2/', '/chapter-3/', '/chapter-4/', '/search/'];
const SEARCHES = ['Yudin', 'Gao Gang', 'Mao Tse-tung'];
const kb = (bytes: number) => (bytes / 1000).toFixed(1);
const size = (path: string): number => (statSync(path).isDirectory() ? readdirSync(path).reduce((n, f) => n + size(join(path, f)), 0) : statSync(path).size);

/** The targets of the issue; a missed one is printed with its gap. */
const TARGETS = {
  chapter3Bytes: 40_000,
  readingJsBytes: 0,
  inlineScriptBytes: 1_000,
  firstSearchBytes: 100_000,
  lighthouse: 100,
  buildMs: 3_100,
};

const chromePath = findChromium();
if (!chromePath) throw new Error('No Chromium: run `node scripts/ensure-chromium.ts`');

console.log('bench: building 3 times…');
const build = buildTimes(3);
const server = await serveStatic('dist', PORT);
const browser = await chromium.launch({ executablePath: chromePath, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
  const pages: Record<string, Awaited<ReturnType<typeof firstVisit>>> = {};
  for (const path of PAGES) pages[path] = await firstVisit(browser, ORIGIN + path);
  const searches: Record<string, Awaited<ReturnType<typeof firstSearch>>> = {};
  for (const q of SEARCHES) searches[q] = await firstSearch(browser, `${ORIGIN}/chapter-3/`, q);
  const offline = await offlineCost(browser, ORIGIN);
  await browser.close();
  const indexBytes = { english: size('dist/pagefind'), chinese: size('dist/pagefind-zh'), ui: readdirSync('dist').filter((f) => f.startsWith('search-ui')).reduce((n, f) => n + size(join('dist', f)), 0) };
  const lighthouse = await lighthouseScores(['/', '/chapter-3/', '/search/'].map((p) => ORIGIN + p), chromePath);

  const lines: string[] = [];
  lines.push('First visit (bytes on the wire, gzip, incl. headers; kB = 1000 bytes)');
  lines.push('page          | total kB | HTML  | CSS  | JS   | fonts | other | requests | inline script B');
  for (const [path, p] of Object.entries(pages)) {
    lines.push(
      `${path.padEnd(13)} | ${kb(p.bytes.total).padStart(8)} | ${kb(p.bytes.html).padStart(5)} | ${kb(p.bytes.css).padStart(4)} | ${kb(p.bytes.js).padStart(4)} | ${kb(p.bytes.font).padStart(5)} | ${kb(p.bytes.other).padStart(5)} | ${String(p.requests).padStart(8)} | ${p.inlineScriptBytes}`,
    );
  }
  lines.push('', 'First search from /chapter-3/ (dialog by Ctrl+K)');
  lines.push('query         | kB     | requests | ms to results | results');
  for (const [q, s] of Object.entries(searches)) {
    lines.push(`${q.padEnd(13)} | ${kb(s.bytes.total).padStart(6)} | ${String(s.requests).padStart(8)} | ${s.ms.toFixed(0).padStart(13)} | ${s.results}`);
  }
  lines.push(`Search index on disk: ${kb(indexBytes.english)} kB English (dist/pagefind), ${kb(indexBytes.chinese)} kB Chinese (dist/pagefind-zh), ${kb(indexBytes.ui)} kB search code`);
  lines.push(offlineLine(offline));
  lines.push('', 'Lighthouse (mobile): performance / accessibility / best practices / SEO');
  for (const [url, s] of Object.entries(lighthouse)) lines.push(`${url.replace(ORIGIN, '').padEnd(13)} | ${s.performance} / ${s.accessibility} / ${s['best-practices']} / ${s.seo}`);
  lines.push('', `Build (median of 3): astro ${(build.astroMs / 1000).toFixed(2)} s, Pagefind + search bundle + headers ${(build.pagefindMs / 1000).toFixed(2)} s, total ${(build.totalMs / 1000).toFixed(2)} s`);

  const misses: string[] = [];
  const check = (ok: boolean, what: string) => ok || misses.push(what);
  const ch3 = pages['/chapter-3/'].bytes.total;
  check(ch3 <= TARGETS.chapter3Bytes, `Chapter 3 first visit ${kb(ch3)} kB, target ${kb(TARGETS.chapter3Bytes)} kB: over by ${kb(ch3 - TARGETS.chapter3Bytes)} kB`);
  for (const [path, p] of Object.entries(pages)) {
    if (path === '/search/') continue;
    check(p.bytes.js <= TARGETS.readingJsBytes, `${path} downloads ${kb(p.bytes.js)} kB of JavaScript, target none`);
    check(p.inlineScriptBytes <= TARGETS.inlineScriptBytes, `${path} inline script ${p.inlineScriptBytes} B, target ≤ ${TARGETS.inlineScriptBytes} B`);
  }
  const yudin = searches.Yudin.bytes.total;
  check(yudin <= TARGETS.firstSearchBytes, `first search for Yudin ${kb(yudin)} kB, target ${kb(TARGETS.firstSearchBytes)} kB: over by ${kb(yudin - TARGETS.firstSearchBytes)} kB`);
  for (const [url, s] of Object.entries(lighthouse)) {
    for (const [cat, v] of Object.entries(s)) check(v >= TARGETS.lighthouse, `Lighthouse ${cat} on ${url.replace(ORIGIN, '')}: ${v}, target 100`);
  }
  check(build.totalMs <= TARGETS.buildMs, `build ${(build.totalMs / 1000).toFixed(2)} s, target ≤ 3.1 s: over by ${((build.totalMs - TARGETS.buildMs) / 1000).toFixed(2)} s`);
  lines.push('', misses.length === 0 ? 'Every target met.' : `Targets missed:\n${misses.map((m) => `  - ${m}`).join('\n')}`);

  console.log(lines.join('\n'));
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/latest.json', `${JSON.stringify({ date: new Date().toISOString(), targets: TARGETS, build, pages, searches, indexBytes, offline, lighthouse, misses }, null, 2)}\n`);
  console.log('\nwritten: bench/latest.json');
} finally {
  server.close();
}
