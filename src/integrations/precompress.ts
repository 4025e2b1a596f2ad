/**
 * Precompression: beside every text file of the built site, a `.br` (brotli at
 * its highest quality up to 512 kB, see brotliQualityFor) and a `.gz` (gzip level 9), as static hosts serve them
 * and as `npm start`'s server (scripts/serve-static.ts) does. Files that are
 * already compressed (Pagefind's index, fragments and WebAssembly are gzip
 * inside) are left alone; any other file gets its siblings only if they save.
 *
 * ORDER: this integration must be the LAST in astro.config.mjs's `integrations`.
 * Astro awaits each integration's `astro:build:done` hook in array order, so
 * anything written by a later hook (or after `astro build`) would go
 * uncompressed.
 *
 * The output is reproducible (zlib's gzip header carries no time or name), so
 * compressed files are cached by content in node_modules/.cache/precompress/:
 * a warm build only hashes.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';

/** Served as text: always compressed. */
export const TEXT_EXTENSIONS: ReadonlySet<string> = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.webmanifest', '.map', '.md']);
/** Formats that are compressed already; never worth a sibling. */
const COMPRESSED_EXTENSIONS: ReadonlySet<string> = new Set(['.br', '.gz', '.woff', '.woff2', '.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.zip', '.epub', '.pdf', '.mp4', '.webm']);
/** Host configuration, never served. */
const HOST_FILES: ReadonlySet<string> = new Set(['_headers', '_redirects']);
/** A non-text file keeps its siblings only if they are at most this share of it. */
const WORTHWHILE = 0.9;

/**
 * Brotli's quality for a file of `bytes`: its best (11) for anything up to
 * 512 kB, which is every page a reader opens at this book's size; 10 above,
 * where 11 costs about three times the CPU (measured: 13.5 s against 4 s for
 * the 4.7 MB index of names of a 50× book) for 1–2 % fewer bytes.
 */
export function brotliQualityFor(bytes: number, fixed?: number): number {
  if (fixed !== undefined) return fixed;
  return bytes <= 512 * 1024 ? 11 : 10;
}

export interface PrecompressOptions {
  /** 0–11 for every file; by default brotliQualityFor picks by size. */
  brotliQuality?: number;
  /** Where compressed files are cached by content; false for no cache. */
  cacheDir?: string | false;
}

export interface PrecompressStats {
  files: number;
  skipped: number;
  bytes: number;
  brotliBytes: number;
  gzipBytes: number;
  cached: number;
  cpuMs: number;
}

const isGzip = (b: Buffer) => b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b;

/** Whether `name` (a file of the built site) may get compressed siblings, judged by name alone; undefined: try and see. */
export function candidate(name: string): boolean | undefined {
  if (HOST_FILES.has(name)) return false;
  const ext = extname(name).toLowerCase();
  if (COMPRESSED_EXTENSIONS.has(ext)) return false;
  if (TEXT_EXTENSIONS.has(ext)) return true;
  return undefined;
}

function filesOf(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? filesOf(path) : e.isFile() ? [path] : [];
  });
}

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export async function compressBoth(content: Buffer, quality = 11, text = true): Promise<{ br: Buffer; gz: Buffer }> {
  const [br, gz] = await Promise.all([
    brotliAsync(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: quality,
        [constants.BROTLI_PARAM_MODE]: text ? constants.BROTLI_MODE_TEXT : constants.BROTLI_MODE_GENERIC,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }),
    gzipAsync(content, { level: 9, memLevel: 9 }),
  ]);
  return { br, gz };
}

/** Runs `work` over `items`, `limit` at a time (zlib's async calls run on libuv's thread pool). */
async function pool<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** Writes `file.br` and `file.gz` beside every compressible file under `dir`. */
export async function precompressDirectory(dir: string, options: PrecompressOptions = {}): Promise<PrecompressStats> {
  const cacheDir = options.cacheDir === undefined ? resolve('node_modules/.cache/precompress') : options.cacheDir;
  if (cacheDir) mkdirSync(cacheDir, { recursive: true });
  const cpuStart = process.cpuUsage();
  const stats: PrecompressStats = { files: 0, skipped: 0, bytes: 0, brotliBytes: 0, gzipBytes: 0, cached: 0, cpuMs: 0 };
  const files = filesOf(dir).filter((f) => {
    const ok = candidate(f.slice(f.lastIndexOf('/') + 1)) !== false;
    if (!ok) stats.skipped += 1;
    return ok;
  });
  await pool(files, Math.max(2, availableParallelism()), async (file) => {
    const content = readFileSync(file);
    const text = candidate(file.slice(file.lastIndexOf('/') + 1)) === true;
    if (!text && isGzip(content)) {
      stats.skipped += 1;
      return;
    }
    const quality = brotliQualityFor(content.length, options.brotliQuality);
    const key = createHash('sha256').update(`q${quality};${process.versions.zlib};${process.versions.brotli};`).update(content).digest('hex');
    let out: { br: Buffer; gz: Buffer } | undefined;
    if (cacheDir) {
      try {
        out = { br: readFileSync(join(cacheDir, `${key}.br`)), gz: readFileSync(join(cacheDir, `${key}.gz`)) };
        stats.cached += 1;
      } catch {
        out = undefined;
      }
    }
    if (!out) {
      out = await compressBoth(content, quality, text);
      if (cacheDir) {
        writeFileSync(join(cacheDir, `${key}.br`), out.br);
        writeFileSync(join(cacheDir, `${key}.gz`), out.gz);
      }
    } else if (cacheDir) {
      // Touched, so that pruning keeps what the last build used.
      const now = new Date();
      utimesSync(join(cacheDir, `${key}.br`), now, now);
      utimesSync(join(cacheDir, `${key}.gz`), now, now);
    }
    if (!text && Math.max(out.br.length, out.gz.length) > content.length * WORTHWHILE) {
      stats.skipped += 1;
      return;
    }
    writeFileSync(`${file}.br`, out.br);
    writeFileSync(`${file}.gz`, out.gz);
    stats.files += 1;
    stats.bytes += content.length;
    stats.brotliBytes += out.br.length;
    stats.gzipBytes += out.gz.length;
  });
  if (cacheDir) pruneCache(cacheDir);
  const cpu = process.cpuUsage(cpuStart);
  stats.cpuMs = (cpu.user + cpu.system) / 1000;
  return stats;
}

/** Cached files unused for a week go: the cache follows the site, not its history. */
function pruneCache(cacheDir: string): void {
  const stale = Date.now() - 7 * 24 * 3600 * 1000;
  for (const name of readdirSync(cacheDir)) {
    const path = join(cacheDir, name);
    if (statSync(path).mtimeMs < stale) rmSync(path, { force: true });
  }
}

const mb = (n: number) => (n / 1e6).toFixed(2);
/** One line the bench reads (scripts/bench/build-timing.ts): keep its "precompress:" prefix and "s CPU". */
export const describe = (s: PrecompressStats) =>
  `precompress: ${s.files} files, ${mb(s.bytes)} MB → ${mb(s.brotliBytes)} MB brotli, ${mb(s.gzipBytes)} MB gzip (${s.cached} from cache, ${s.skipped} left as they are), ${(s.cpuMs / 1000).toFixed(2)} s CPU`;

export function precompress(options: PrecompressOptions = {}): AstroIntegration {
  return {
    name: 'edition:precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        logger.info(describe(await precompressDirectory(fileURLToPath(dir), options)));
      },
    },
  };
}
