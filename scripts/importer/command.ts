/** `npm run import` (scripts/import.ts) as a function, so that tests can run many imports in one process. */
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { abbreviationList } from '../../src/edition/abbreviations.ts';
import { glossary, italics, names } from '../../src/edition/formats/index.ts';
import { DataError } from '../../src/edition/parse-data.ts';
import { readData } from '../../src/lib/read-data.ts';
import { importEdition } from './import-edition.ts';
import { decodeSource } from './read-source.ts';
import { SourceError } from './source-error.ts';
import { OutputError, writeGenerated } from './write-output.ts';

const DEFAULT_SOURCE = 'content/source/000_ac9d19b672abe505.txt';

/** What an operating-system error code means, in words. */
const ERRNO: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EISDIR: 'is a folder, not a file',
  ENOTDIR: 'a part of this path is a file, not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'on a read-only file system',
  EEXIST: 'already exists',
  ENOSPC: 'no space left on the device',
};

function describe(error: unknown, sourcePath: string): string {
  if (error instanceof SourceError || error instanceof DataError || error instanceof OutputError) return error.message;
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') {
    const e = error as NodeJS.ErrnoException;
    if (e.code?.startsWith('ERR_PARSE_ARGS')) return `${e.message} (usage: npm run import -- [--source FILE] [--out FOLDER])`;
    const path = e.path ?? sourcePath;
    return `${path}: ${ERRNO[e.code ?? ''] ?? e.message}`;
  }
  return `${sourcePath}: ${error instanceof Error ? error.message : String(error)}`;
}

/**
 * The import as a command: `argv` as given to scripts/import.ts, what it
 * prints, and its exit status (0, or 1 with one line naming the problem).
 */
export async function importCommand(argv: string[], print: { log(line: string): void; error(line: string): void } = console): Promise<number> {
  let sourcePath = DEFAULT_SOURCE;
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        source: { type: 'string', default: DEFAULT_SOURCE },
        out: { type: 'string', default: 'content' },
        italics: { type: 'string', default: 'content/editorial/italics.json' },
        names: { type: 'string', default: 'content/names.json' },
        glossary: { type: 'string', default: 'content/glossary.json' },
      },
    });
    const source = (sourcePath = values.source);
    const sourceName = relative(process.cwd(), source) || source;
    const abbreviationTerms = abbreviationList(readData(names, values.names).entries, readData(glossary, values.glossary)).map((a) => a.term);
    const data = {
      italics: readData(italics, values.italics),
      abbreviationTerms,
    };
    const text = decodeSource(await readFile(source), sourceName);
    const { files, edition, record } = importEdition(text, sourceName, data);
    await writeGenerated(values.out, files, source);
    const notes = [...text.matchAll(/<sup>\d+<\/sup>/g)].length;
    const sections = edition.chapters.reduce((n, c) => n + c.sections.length, 0);
    print.log(`import: ${edition.chapters.length} chapters, ${sections} files, ${notes} notes, ${record.changes.length} recorded changes → ${values.out}/`);
    for (const r of record.rules) print.log(`  ${r.name}: ${r.changes}`);
    return 0;
  } catch (error) {
    print.error(`import: ${describe(error, sourcePath)}`);
    return 1;
  }
}
