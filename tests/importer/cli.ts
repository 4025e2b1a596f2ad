/** Helpers for the importer tests: run the real CLI as a child process and read what it wrote. */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ImportData } from '../../scripts/importer/import-edition.ts';
import { abbreviationList } from '../../src/edition/abbreviations.ts';
import { glossary, italics, names } from '../../src/edition/formats/index.ts';
import { readData } from '../../src/lib/read-data.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const REAL_SOURCE = 'content/source/000_ac9d19b672abe505.txt';
export const MINI_SOURCE = join(ROOT, 'tests/fixtures/importer/mini-source.txt');

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Run `scripts/import.ts --source SOURCE --out OUT` with `cwd` as the working directory.
 * The record names the source relative to `cwd`, so two imports compare byte for byte
 * only when they name their source alike: run each from its own directory.
 */
export function runImport(source: string, out: string, cwd = ROOT): RunResult {
  const r = spawnSync(
    process.execPath,
    [
      join(ROOT, 'scripts/import.ts'),
      ...['--source', source, '--out', out],
      ...['--italics', join(ROOT, 'content/editorial/italics.json'), '--names', join(ROOT, 'content/names.json'), '--glossary', join(ROOT, 'content/glossary.json')],
    ],
    { cwd, encoding: 'utf8' },
  );
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The editorial data the importer reads besides the source, as `npm run import` reads it. */
export function importData(): ImportData {
  const terms = abbreviationList(readData(names, join(ROOT, 'content/names.json')).entries, readData(glossary, join(ROOT, 'content/glossary.json'))).map((a) => a.term);
  return { italics: readData(italics, join(ROOT, 'content/editorial/italics.json')), abbreviationTerms: terms };
}

/** Every file and directory under `dir` (paths relative to it, sorted), files with their bytes. */
export function snapshot(dir: string): Map<string, Buffer | 'dir'> {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  const out = new Map<string, Buffer | 'dir'>();
  for (const e of entries.sort((a, b) => join(a.parentPath, a.name).localeCompare(join(b.parentPath, b.name)))) {
    const full = join(e.parentPath, e.name);
    out.set(relative(dir, full), e.isDirectory() ? 'dir' : readFileSync(full));
  }
  return out;
}

/** The paths of the files in a snapshot, sorted. */
export const filesOf = (snap: Map<string, Buffer | 'dir'>) => [...snap].filter(([, v]) => v !== 'dir').map(([k]) => k).sort();

/** 1-based line and column of `offset` in `text`, counted independently of the importer's own helper. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const lines = text.slice(0, offset).split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}
