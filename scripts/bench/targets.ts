/**
 * The targets the bench prints its figures against (issue 13, and the earlier
 * ones it keeps), and the figures they are relative to. Sizes are bodies as a
 * host sends them with gzip at level 9 (brotli is printed beside them);
 * kB = 1000 bytes.
 */

/** Target 1: a first search on slow 4G (150 ms round trip, 1.6 Mbps), "Yudin" typed at 150 ms a key after Ctrl+K. */
export const SEARCH = {
  keyDelayMs: 150,
  lastKeyToResultMs: 600,
  ctrlKToResultMs: 1000,
  roundTripsAfterLastKey: 2,
  typedRequests: 20,
};

/** Target 2: the first "Yudin" search at 50× the text. */
export const FIRST_SEARCH_AT_50X_BYTES = 110_000;
/** Target 3: build CPU at 50× against the peer's; at 1× no slower than BASELINE. */
export const BUILD_CPU_VS_PEER_AT_50X = 1.5;
/** Target 4: the largest page of the index of names at 50×. */
export const NAMES_PAGE_AT_50X_BYTES = 150_000;
/** Target 5: Chapter 3's first visit against the gzip of its words alone. */
export const CHAPTER_3_OVER_WORDS = 1.25;

/**
 * `npm run build` before issue 13 (commit 92a5f12: astro build, then the search
 * step and _headers as separate processes), timed by scripts/bench/build-timing.ts
 * on the 2-core development machine: medians of three cold and three warm
 * builds, 29 Nov 2026. The machine was shared and busy: CPU time varies by some
 * 10–20 % from run to run, wall time far more (the same builds took 5.1–6.2 s
 * wall on a quieter moment).
 */
export const BASELINE = { commit: '92a5f12', coldCpuMs: 7_180, coldWallMs: 17_490, warmCpuMs: 7_190, warmWallMs: 11_800 };

/** Earlier targets, still watched. */
export const EARLIER = { readingPageJsBytes: 0, inlineScriptBytes: 1_000, lighthouse: 100, firstSearchBytes: 100_000 };
