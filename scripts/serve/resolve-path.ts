/**
 * From a request's path to a file of the site, without leaving it: the path
 * must lie under the base; it is decoded once, and a segment that is "..",
 * ".", holds a slash, a backslash or a NUL once decoded is refused (so
 * "%2e%2e/", "..%2f" and "..\\" never climb out).
 */
export type Resolved =
  | { kind: 'file'; segments: string[]; directory: boolean }
  /** The base without its trailing slash: hosts redirect to it. */
  | { kind: 'base-redirect' }
  | { kind: 'outside-base' }
  | { kind: 'bad-path' };

/** `base`: "/" or "/sub/path/" (a missing slash at either end is added). */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export function resolveRequestPath(pathname: string, base = '/'): Resolved {
  const b = normaliseBase(base);
  if (b !== '/' && pathname === b.slice(0, -1)) return { kind: 'base-redirect' };
  if (!pathname.startsWith(b)) return { kind: 'outside-base' };
  const rest = pathname.slice(b.length);
  const segments: string[] = [];
  for (const raw of rest.split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { kind: 'bad-path' };
    }
    if (segment === '') continue;
    if (segment === '..' || segment === '.' || /[/\\\0]/.test(segment)) return { kind: 'bad-path' };
    segments.push(segment);
  }
  return { kind: 'file', segments, directory: rest === '' || rest.endsWith('/') };
}
