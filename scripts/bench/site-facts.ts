/** Facts of a built site the bench reports: how many records each Pagefind index holds. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const PagefindEntry = z.object({ languages: z.record(z.string(), z.object({ page_count: z.number() })) });

/** Records (Pagefind's "pages") of every index under `dist` (pagefind/, pagefind-zh/, Starlight's …/pagefind/). */
export function recordsIn(dist: string): { index: string; count: number }[] {
  return readdirSync(dist, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('pagefind-entry.json'))
    .sort()
    .map((f) => {
      const file = join(dist, f);
      const parsed = PagefindEntry.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      if (!parsed.success) throw new Error(`${file}: not a Pagefind entry file: ${parsed.error.message}`);
      return { index: f.replace(/\/pagefind-entry\.json$/, ''), count: Object.values(parsed.data.languages).reduce((n, l) => n + l.page_count, 0) };
    });
}

export const hasSite = (dist: string) => existsSync(join(dist, 'index.html'));
