/** What each request of a first search is, by its URL: the parts the README explains a search's bytes by. */
export type SearchPart = 'edition code' | 'pagefind js' | 'entry' | 'wasm' | 'metadata' | 'filter' | 'index chunk' | 'fragments' | 'names' | 'other';

export const SEARCH_PARTS: readonly SearchPart[] = ['edition code', 'pagefind js', 'entry', 'wasm', 'metadata', 'filter', 'index chunk', 'fragments', 'names', 'other'];

export function searchPart(url: string, base = '/'): SearchPart {
  const path = new URL(url).pathname.slice(base.length - 1);
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (/^\/pagefind[^/]*\//.test(path)) {
    if (name.endsWith('.js')) return 'pagefind js';
    if (name === 'pagefind-entry.json') return 'entry';
    if (name.endsWith('.pagefind')) return 'wasm';
    if (name.endsWith('.pf_meta')) return 'metadata';
    if (name.endsWith('.pf_filter')) return 'filter';
    if (name.endsWith('.pf_index')) return 'index chunk';
    if (name.endsWith('.pf_fragment')) return 'fragments';
    return 'other';
  }
  if (path.startsWith('/names/')) return 'names';
  if (name.endsWith('.js') || name.endsWith('.css')) return 'edition code';
  return 'other';
}
