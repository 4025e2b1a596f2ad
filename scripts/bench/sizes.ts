/**
 * Sizes as a static host would send them, read from the built site: gzip at
 * level 9 and brotli at quality 11 (the precompressed siblings when they are
 * there, computed the same way when not, e.g. for the peer's site); files
 * already compressed (Pagefind's) count as they are.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { candidate, TEXT_EXTENSIONS } from '../../src/integrations/precompress.ts';

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export const ZERO: Sizes = { raw: 0, gzip: 0, brotli: 0 };
export const add = (a: Sizes, b: Sizes): Sizes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });

export const gzip9 = (b: Buffer | string) => gzipSync(b, { level: 9, memLevel: 9 }).length;
export const brotli11 = (b: Buffer | string) =>
  brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(b) } }).length;

/** By path, time and size: the scale bench builds one dist/ after another. */
const memo = new Map<string, Sizes>();

/** A file's sizes as served. */
export function fileSizes(file: string): Sizes {
  const stat = statSync(file);
  const key = `${file}\0${stat.mtimeMs}\0${stat.size}`;
  const known = memo.get(key);
  if (known) return known;
  const content = readFileSync(file);
  const name = file.slice(file.lastIndexOf('/') + 1);
  const compressible = candidate(name) === true || (candidate(name) === undefined && !(content[0] === 0x1f && content[1] === 0x8b));
  const sibling = (ext: string, compute: (b: Buffer) => number) => (existsSync(file + ext) ? statSync(file + ext).size : compute(content));
  const sizes = compressible ? { raw: content.length, gzip: sibling('.gz', gzip9), brotli: sibling('.br', brotli11) } : { raw: content.length, gzip: content.length, brotli: content.length };
  memo.set(key, sizes);
  return sizes;
}

/** The file a URL of the site is served from (directory → index.html), or undefined. */
export function fileForUrl(dist: string, url: string, base = '/'): string | undefined {
  let path = decodeURIComponent(new URL(url).pathname);
  if (!path.startsWith(base)) return undefined;
  path = path.slice(base.length);
  const file = join(dist, path);
  if (existsSync(file) && statSync(file).isDirectory()) return join(file, 'index.html');
  return existsSync(file) ? file : undefined;
}

export const isSibling = (f: string) => f.endsWith('.br') || f.endsWith('.gz');

export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => !isSibling(f));
}

export const sizesOf = (files: readonly string[]): Sizes => files.reduce((s, f) => add(s, fileSizes(f)), ZERO);

/** Bytes of every file under `dir`, siblings included: what the folder weighs on disk. */
export function diskBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((n, e) => n + statSync(join(e.parentPath, e.name)).size, 0);
}

/** Text files of the site without a .br or a .gz beside them. */
export function missingSiblings(dist: string): string[] {
  return filesUnder(dist).filter((f) => TEXT_EXTENSIONS.has(extname(f)) && !(existsSync(`${f}.br`) && existsSync(`${f}.gz`)));
}
