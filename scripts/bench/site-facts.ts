/** Facts of a built site the bench reports: how many records each Pagefind index holds. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pagefindEntry } from '../../src/edition/formats/pagefind-entry.ts';
import { parseData } from '../../src/edition/parse-data.ts';

/** Records (Pagefind's "pages") of every index under `dist` (pagefind/, pagefind-zh/, Starlight's …/pagefind/). */
export function recordsIn(dist: string): { index: string; count: number }[] {
  return readdirSync(dist, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('pagefind-entry.json'))
    .sort()
    .map((f) => {
      const file = join(dist, f);
      const { languages } = parseData(pagefindEntry, readFileSync(file, 'utf8'), file);
      return { index: f.replace(/\/pagefind-entry\.json$/, ''), count: Object.values(languages).reduce((n, l) => n + l.page_count, 0) };
    });
}

export const hasSite = (dist: string) => existsSync(join(dist, 'index.html'));
