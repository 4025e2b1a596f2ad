import { constants, existsSync, readFileSync, statSync } from 'node:fs';
import { access, mkdir, mkdtemp, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { importManifest } from '../../src/edition/formats/import-manifest.ts';
import { readData } from '../../src/lib/read-data.ts';

/** The importer's record of what it wrote, in the output folder. */
export const MANIFEST = 'import-manifest.json';

/** A problem with a path the importer was given or must write: `path: problem`. */
export class OutputError extends Error {
  constructor(path: string, problem: string) {
    super(`${path}: ${problem}`);
    this.name = 'OutputError';
  }
}

const isInside = (dir: string, path: string) => {
  const r = relative(dir, path);
  return r === '' || (!r.startsWith('..') && !isAbsolute(r));
};

const kindOf = (path: string): 'file' | 'dir' | 'other' | null => {
  try {
    const s = statSync(path);
    return s.isDirectory() ? 'dir' : s.isFile() ? 'file' : 'other';
  } catch {
    return null;
  }
};

/** The files the last import wrote into `outDir` (none when it has no manifest). */
export function previousOutput(outDir: string): Set<string> {
  const path = join(outDir, MANIFEST);
  return existsSync(path) ? new Set(readData(importManifest, path).files) : new Set();
}

/**
 * Everything that would stop the import from writing `files` into `outDir`,
 * checked before anything is written: an output folder that is a file, is
 * inside the source's folder or cannot be written; a file in the way of a
 * folder; a file there that the importer did not write (and would replace
 * with different bytes).
 */
export async function checkOutput(outDir: string, files: Map<string, string>, sourceFile: string): Promise<Set<string>> {
  const out = resolve(outDir);
  const sourceDir = dirname(resolve(sourceFile));
  if (isInside(sourceDir, out)) throw new OutputError(outDir, `the output folder is inside the source's folder (${dirname(sourceFile) || '.'}): choose a folder outside it`);
  const kind = kindOf(out);
  if (kind !== null && kind !== 'dir') throw new OutputError(outDir, 'is a file, not a folder: give a folder to write the edition into');
  let existing = out;
  while (kindOf(existing) === null) existing = dirname(existing);
  if (kindOf(existing) !== 'dir') throw new OutputError(existing, 'is a file, not a folder');
  try {
    await access(existing, constants.W_OK);
  } catch {
    throw new OutputError(existing === out ? outDir : existing, 'cannot be written to (permission denied or read-only)');
  }
  const previous = previousOutput(outDir);
  for (const [path, content] of files) {
    const parts = path.split('/');
    for (let k = 1; k < parts.length; k++) {
      const folder = join(outDir, ...parts.slice(0, k));
      const at = kindOf(folder);
      if (at !== null && at !== 'dir') throw new OutputError(folder, `is a file where the import needs a folder (for ${path})`);
      if (at === 'dir') {
        try {
          await access(folder, constants.W_OK);
        } catch {
          throw new OutputError(folder, 'cannot be written to (permission denied or read-only)');
        }
      }
    }
    const target = join(outDir, path);
    const at = kindOf(target);
    if (at === 'dir' || at === 'other') throw new OutputError(target, 'is in the way: the import writes a file here');
    if (at === 'file' && !previous.has(path) && readFileSync(target, 'utf8') !== content) {
      throw new OutputError(target, `exists and was not written by the importer (it is not in ${MANIFEST}): move it away first`);
    }
  }
  return previous;
}

/**
 * Write `files` into `outDir`, replace what the previous import wrote, and
 * delete only those of its own files it no longer writes (content/import-manifest.json
 * lists them). Nothing else in the folder is touched. Every file is written
 * to a staging folder first and checked paths are moved into place, so bad
 * input or an unwritable path leaves the folder as it was.
 */
export async function writeGenerated(outDir: string, files: Map<string, string>, sourceFile: string): Promise<void> {
  const previous = await checkOutput(outDir, files, sourceFile);
  try {
    await writeChecked(outDir, files, previous);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (['EACCES', 'EPERM', 'EROFS'].includes(code)) throw new OutputError((error as NodeJS.ErrnoException).path ?? outDir, 'cannot be written to (permission denied or read-only)');
    throw error;
  }
}

async function writeChecked(outDir: string, files: Map<string, string>, previous: Set<string>): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const staging = await mkdtemp(join(outDir, '.import-'));
  try {
    const manifest = { $comment: 'Written by `npm run import`: the files it generated here. It replaces and deletes only these.', files: [...files.keys()].sort() };
    const all = new Map([...files, [MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`]]);
    for (const [path, content] of all) {
      await mkdir(dirname(join(staging, path)), { recursive: true });
      await writeFile(join(staging, path), content);
    }
    for (const path of files.keys()) {
      await mkdir(dirname(join(outDir, path)), { recursive: true });
      await rename(join(staging, path), join(outDir, path));
    }
    for (const path of previous) {
      if (files.has(path)) continue;
      await rm(join(outDir, path), { force: true });
      // Folders the import made and has now emptied go too; a folder with anything else in it stays.
      for (let dir = dirname(join(outDir, path)); isInside(resolve(outDir), resolve(dir)) && resolve(dir) !== resolve(outDir); dir = dirname(dir)) {
        try {
          await rmdir(dir);
        } catch {
          break;
        }
      }
    }
    await rename(join(staging, MANIFEST), join(outDir, MANIFEST));
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
