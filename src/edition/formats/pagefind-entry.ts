import { z } from 'zod';

/**
 * pagefind-entry.json, which Pagefind writes into each index folder: the parts
 * the edition reads (the browser bundle, the service worker's precache list,
 * the bench). Not strict: Pagefind adds fields of its own.
 */
export const pagefindEntry = z.object({
  version: z.string().optional(),
  languages: z.record(
    z.string(),
    z.object({
      hash: z.string(),
      wasm: z.string().nullable().optional(),
      page_count: z.number().int().nonnegative(),
    }),
  ),
});
export type PagefindEntry = z.infer<typeof pagefindEntry>;
