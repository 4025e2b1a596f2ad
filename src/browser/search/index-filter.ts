/**
 * The filter that sets the index of names apart in the English index. Only the
 * names' records carry it (src/integrations/search-records.ts), so its size does
 * not grow with the text; the text is what does not carry it.
 */
export const INDEX_FILTER = { kind: 'index' } as const;
export const TEXT_FILTER = { not: INDEX_FILTER } as const;
