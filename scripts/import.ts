/**
 * npm run import [-- --source FILE --out DIR]
 * Reads the excerpt and writes the edition's MDX chapters and records under DIR
 * (default: content/), replacing only the files it wrote before (DIR/import-manifest.json).
 * On bad input it prints file:line:column: problem (or path: problem), exits 1
 * and leaves DIR as it was.
 */
import { importCommand } from './importer/command.ts';

process.exitCode = await importCommand(process.argv.slice(2));
