/** Matching given strings as whole words in running text. Pure. */

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One pattern for any of `strings` as a whole word (no letter or digit either
 * side), longest first so "Taiwan Strait" wins over "Taiwan"; the string
 * matched is group 1. `suffix` is appended after the word (e.g. a possessive).
 */
export function wholeWords(strings: Iterable<string>, flags = 'gu', suffix = ''): RegExp {
  const alternatives = [...strings].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives.join('|')})(?![\\p{L}\\p{N}])${suffix}`, flags);
}
