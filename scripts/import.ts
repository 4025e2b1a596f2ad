/**
 * npm run import [-- --source FILE --out DIR]
 * Reads the excerpt and writes the edition's MDX chapters and records under DIR
 * (default: content/). On bad input it prints file:line:column: problem, exits 1
 * and leaves DIR as it was.
 */
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { abbreviationList } from '../src/edition/abbreviations.ts';
import { glossary, italics, names } from '../src/edition/formats/index.ts';
import { DataError } from '../src/edition/parse-data.ts';
import { readData } from '../src/lib/read-data.ts';
import { importEdition } from './importer/import-edition.ts';
import { decodeSource } from './importer/read-source.ts';
import { SourceError } from './importer/source-error.ts';
import { writeGenerated } from './importer/write-output.ts';

const DEFAULT_SOURCE = 'content/source/000_ac9d19b672abe505.txt';

const { values } = parseArgs({
  options: {
    source: { type: 'string', default: DEFAULT_SOURCE },
    out: { type: 'string', default: 'content' },
    italics: { type: 'string', default: 'content/editorial/italics.json' },
    names: { type: 'string', default: 'content/names.json' },
    glossary: { type: 'string', default: 'content/glossary.json' },
  },
});
const source = values.source;
const sourceName = relative(process.cwd(), source) || source;

try {
  const abbreviationTerms = abbreviationList(readData(names, values.names).entries, readData(glossary, values.glossary)).map((a) => a.term);
  const data = { italics: readData(italics, values.italics), abbreviationTerms };
  const text = decodeSource(await readFile(source), sourceName);
  const { files, edition, record } = importEdition(text, sourceName, data);
  await writeGenerated(values.out, files);
  const notes = [...text.matchAll(/<sup>\d+<\/sup>/g)].length;
  const sections = edition.chapters.reduce((n, c) => n + c.sections.length, 0);
  console.log(`import: ${edition.chapters.length} chapters, ${sections} files, ${notes} notes, ${record.changes.length} recorded changes → ${values.out}/`);
  for (const r of record.rules) console.log(`  ${r.name}: ${r.changes}`);
} catch (error) {
  if (error instanceof SourceError || error instanceof DataError) {
    console.error(`import: ${error.message}`);
  } else if (error instanceof Error && 'code' in error && error.code === 'ENOENT') {
    console.error(`import: cannot read ${(error as NodeJS.ErrnoException).path}: no such file`);
  } else {
    console.error(`import: ${sourceName}: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exitCode = 1;
}
