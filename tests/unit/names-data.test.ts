import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

interface NameEntry {
  id: string;
  name: string;
  kind: string;
  indexAs: string;
  mentions: string[];
  variants: string[];
  abbreviation?: string;
  note?: string;
}

const root = join(import.meta.dirname, '..', '..');
const raw = readFileSync(join(root, 'content', 'names.json'), 'utf8');
const data = JSON.parse(raw) as { $comment: string; entries: NameEntry[] };
const { entries } = data;

/** The edited text: every chapter file (in path order) without its frontmatter. */
const chaptersDir = join(root, 'content', 'chapters');
const editedText = (readdirSync(chaptersDir, { recursive: true }) as string[])
  .filter((p) => p.endsWith('.mdx'))
  .sort()
  .map((p) => readFileSync(join(chaptersDir, p), 'utf8').replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, ''))
  .join('\n');

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wholeWord = (s: string, flags: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(s)}(?![\\p{L}\\p{N}])`, flags);
const occurs = (s: string) => wholeWord(s, 'u').test(editedText);
const occursIgnoringCase = (s: string) => wholeWord(s, 'iu').test(editedText);

test('the edited text was found', () => {
  assert.ok(editedText.length > 50_000);
  assert.ok(!editedText.startsWith('---'));
});

test('the file is JSON with 2-space indentation, a $comment and entries', () => {
  assert.equal(raw, `${JSON.stringify(data, null, 2)}\n`);
  assert.equal(typeof data.$comment, 'string');
  assert.ok(data.$comment.length > 0);
  assert.ok(Array.isArray(entries) && entries.length > 0);
});

test('ids are unique kebab-case ASCII', () => {
  const seen = new Set<string>();
  for (const e of entries) {
    assert.match(e.id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, e.id);
    assert.ok(!seen.has(e.id), `duplicate id ${e.id}`);
    seen.add(e.id);
  }
});

test('every entry has a valid kind and the required fields', () => {
  for (const e of entries) {
    assert.ok(['person', 'place', 'organisation'].includes(e.kind), `${e.id}: kind ${e.kind}`);
    for (const field of ['name', 'indexAs'] as const) {
      assert.equal(typeof e[field], 'string', `${e.id}: ${field}`);
      assert.ok(e[field].trim().length > 0, `${e.id}: ${field}`);
    }
    assert.ok(Array.isArray(e.mentions) && e.mentions.length > 0, `${e.id}: mentions`);
    assert.ok(Array.isArray(e.variants), `${e.id}: variants`);
    if (e.abbreviation !== undefined) {
      assert.equal(e.kind, 'organisation', `${e.id}: only organisations have an abbreviation`);
      assert.ok(e.mentions.includes(e.abbreviation), `${e.id}: abbreviation ${e.abbreviation} is a mention`);
    }
  }
});

test('every name is one of its mentions, and mentions are listed longest first without repeats', () => {
  for (const e of entries) {
    assert.ok(e.mentions.includes(e.name), `${e.id}: name ${e.name} is not a mention`);
    assert.equal(new Set(e.mentions).size, e.mentions.length, `${e.id}: repeated mention`);
    assert.equal(new Set(e.variants).size, e.variants.length, `${e.id}: repeated variant`);
    for (let i = 1; i < e.mentions.length; i++) {
      assert.ok(e.mentions[i - 1].length >= e.mentions[i].length, `${e.id}: ${e.mentions[i]} listed after a shorter mention`);
    }
  }
});

test('every name and mention occurs in the edited text as a whole word', () => {
  for (const e of entries) {
    for (const s of [e.name, ...e.mentions]) assert.ok(occurs(s), `${e.id}: “${s}” does not occur in the edited text`);
  }
});

test('no variant occurs in the edited text (whole word, ignoring case)', () => {
  for (const e of entries) {
    for (const v of e.variants) assert.ok(!occursIgnoringCase(v), `${e.id}: variant “${v}” occurs in the text, so it is a mention`);
  }
});

test('no string is a mention or variant of two different entries', () => {
  const owner = new Map<string, string>();
  for (const e of entries) {
    for (const s of new Set([...e.mentions, ...e.variants])) {
      const other = owner.get(s);
      assert.ok(other === undefined, `“${s}” belongs to both ${other} and ${e.id}`);
      owner.set(s, e.id);
    }
    for (const v of e.variants) assert.ok(!e.mentions.includes(v), `${e.id}: “${v}” is both a mention and a variant`);
  }
});

test('entries are sorted by indexAs, ignoring case and diacritics', () => {
  for (let i = 1; i < entries.length; i++) {
    const [a, b] = [entries[i - 1].indexAs, entries[i].indexAs];
    assert.ok(a.localeCompare(b, 'en', { sensitivity: 'base' }) <= 0, `“${a}” should come after “${b}”`);
  }
});

test('short forms that are ambiguous in the text are not mentions', () => {
  const all = new Set(entries.flatMap((e) => e.mentions));
  for (const s of ['Chen', 'Wang', 'Central Committee', 'Communist Party']) assert.ok(!all.has(s), s);
});
