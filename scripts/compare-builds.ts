/**
 * node scripts/compare-builds.ts OLD_DIST NEW_DIST
 * What differs between two builds, as a reader or a link would see it: files
 * added or removed, and for every page its visible text (word by word) and its
 * ids. For checking that a refactor changed only what it meant to.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { diffArrays } from 'diff';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';

const [oldDir, newDir] = process.argv.slice(2);
if (!oldDir || !newDir) {
  console.error('usage: node scripts/compare-builds.ts OLD_DIST NEW_DIST');
  process.exit(2);
}

const walk = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
const files = (root: string) => walk(root).map((f) => relative(root, f));
// Hashed chunk names and Pagefind's hashed files change with any content change: compared by family.
const family = (f: string) => f.replace(/-[A-Z0-9]{8}\.js$/, '-*.js').replace(/^(pagefind(-zh)?)\/.*$/, '$1/*');

const oldFiles = new Set(files(oldDir).map(family));
const newFiles = new Set(files(newDir).map(family));
const added = [...newFiles].filter((f) => !oldFiles.has(f));
const removed = [...oldFiles].filter((f) => !newFiles.has(f));
console.log(`files: ${added.length} added, ${removed.length} removed`);
for (const f of added) console.log(`  + ${f}`);
for (const f of removed) console.log(`  - ${f}`);

function page(dir: string, file: string) {
  const tree = fromHtml(readFileSync(join(dir, file), 'utf8'));
  const body = selectAll('body', tree)[0] as Element | undefined;
  const words = (body ? toText(body) : '').split(/\s+/).filter(Boolean);
  const ids = (selectAll('[id]', tree) as Element[]).map((e) => String(e.properties.id));
  return { words, ids };
}

let same = 0;
for (const file of [...newFiles].filter((f) => f.endsWith('.html') && oldFiles.has(f)).sort()) {
  const a = page(oldDir, file);
  const b = page(newDir, file);
  const text = diffArrays(a.words, b.words).filter((d) => d.added || d.removed);
  const idsRemoved = a.ids.filter((id) => !b.ids.includes(id));
  const idsAdded = b.ids.filter((id) => !a.ids.includes(id));
  if (text.length === 0 && idsRemoved.length === 0 && idsAdded.length === 0) {
    same += 1;
    continue;
  }
  console.log(`\n${file}:`);
  for (const d of text) console.log(`  text ${d.added ? '+' : '-'} ${d.value.join(' ').slice(0, 300)}`);
  if (idsRemoved.length) console.log(`  ids - ${idsRemoved.join(' ')}`);
  if (idsAdded.length) console.log(`  ids + ${idsAdded.join(' ')}`);
}
console.log(`\n${same} pages with the same text and ids`);
