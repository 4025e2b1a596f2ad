/**
 * The `_headers` file static hosts read (Netlify, Cloudflare Pages): a path
 * pattern on a line of its own, then its headers indented, `Name: value`.
 * `*` matches anything (a splat), `:name` one path segment; `#` starts a
 * comment. Every matching rule applies, in file order; a header named twice is
 * joined with ", ".
 */
export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

export function parseHeadersFile(text: string, file = '_headers'): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/\s+$/, '');
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      if (!line.startsWith('/') && !/^https?:\/\//.test(line)) throw new Error(`${file}:${i + 1}: a rule must start with a path ("/…"), not ${JSON.stringify(line)}`);
      rules.push({ pattern: line.trim(), headers: [] });
      return;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`${file}:${i + 1}: a header before any path: ${JSON.stringify(line.trim())}`);
    const m = /^\s+([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    if (!m) throw new Error(`${file}:${i + 1}: not a header ("Name: value"): ${JSON.stringify(line.trim())}`);
    rule.headers.push([m[1], m[2]]);
  });
  return rules;
}

function patternToRegExp(pattern: string): RegExp {
  const path = pattern.replace(/^https?:\/\/[^/]+/, '');
  const source = path
    .split(/(\*|:[A-Za-z_][A-Za-z0-9_]*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

/** The headers for `path` (the path within the site, e.g. "/chapter-3/"), lower-cased names. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (!patternToRegExp(rule.pattern).test(path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out[key] = key in out ? `${out[key]}, ${value}` : value;
    }
  }
  return out;
}
