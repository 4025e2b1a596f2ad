/**
 * Reading offline, after the other steps have written dist/: the web app
 * manifest and its icon (offline/manifest.ts), then the service worker
 * (src/browser/offline/), bundled with the list of every file of the build
 * and their hashes (offline/precache.ts), so that its cache is named by the
 * build's contents and a new build replaces it. Runs after the search index,
 * the browser bundle and the EPUB, which it must see; before anything that
 * only compresses what is there.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { MANIFEST_PATH, SERVICE_WORKER_PATH } from '../edition/addresses.ts';
import { book } from '../lib/edition-data.ts';
import { buildData } from './browser-bundle.ts';
import { MASKABLE_ICON, maskableIcon, webManifest } from './offline/manifest.ts';
import { type BuiltFile, precacheList } from './offline/precache.ts';

const ICON = 'favicon.svg';

function builtFiles(dist: string): BuiltFile[] {
  const walk = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
  return walk(dist).map((file) => ({ path: relative(dist, file).split(sep).join('/'), data: readFileSync(file) }));
}

/** Writes the manifest, the maskable icon and sw.js into `dist`; returns what the worker precaches. */
export async function writeOfflineFiles(dist: string, description: string) {
  const svg = readFileSync(join(dist, ICON), 'utf8');
  writeFileSync(join(dist, MASKABLE_ICON), maskableIcon(svg));
  writeFileSync(join(dist, MANIFEST_PATH.slice(1)), webManifest({ name: book.title, description, icon: ICON, svg }));
  const precache = precacheList(builtFiles(dist));
  await build({
    entryPoints: ['src/browser/offline/service-worker.ts'],
    outfile: join(dist, SERVICE_WORKER_PATH.slice(1)),
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2022',
    legalComments: 'none',
    plugins: [buildData({ 'edition:precache': { version: precache.version, entries: precache.entries } })],
  });
  return precache;
}

export function offline(): AstroIntegration {
  return {
    name: 'edition:offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const description = `A reading edition of an excerpt from ${book.author}, ${book.title}.`;
        const { version, entries, bytes } = await writeOfflineFiles(fileURLToPath(dir), description);
        logger.info(`sw.js: cache ${version}, ${entries.length} files (${bytes} bytes) precached`);
      },
    },
  };
}
