/** A result's address with the words to mark on arrival (before any #fragment). Pure. */
export function withHighlight(url: string, words: readonly string[]): string {
  if (words.length === 0) return url;
  const [path, fragment] = url.split('#');
  const param = `highlight=${encodeURIComponent(words.join(' '))}`;
  return `${path}${path.includes('?') ? '&' : '?'}${param}${fragment ? `#${fragment}` : ''}`;
}
