/**
 * Which precompressed file to send for a request's Accept-Encoding (RFC 9110
 * §12.5.3): the best-rated of those on disk, brotli before gzip when rated
 * alike; identity when neither is acceptable.
 */
export type Encoding = 'br' | 'gzip' | 'identity';

/** Each coding's weight as the header gives it (lower-cased; `*` kept as is). */
export function parseAcceptEncoding(header: string | undefined): Map<string, number> {
  const weights = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [coding, ...params] = part.trim().split(';').map((s) => s.trim());
    if (!coding) continue;
    let q = 1;
    for (const p of params) {
      const m = /^q\s*=\s*([0-9.]+)$/i.exec(p);
      if (m) q = Math.min(1, Math.max(0, Number(m[1]) || 0));
    }
    weights.set(coding.toLowerCase(), q);
  }
  return weights;
}

/** `available`: the codings of the siblings on disk, in the server's order of preference. */
export function chooseEncoding(header: string | undefined, available: readonly Exclude<Encoding, 'identity'>[]): Encoding {
  const weights = parseAcceptEncoding(header);
  const weight = (coding: string) => weights.get(coding) ?? (coding === 'gzip' ? weights.get('x-gzip') : undefined) ?? weights.get('*') ?? 0;
  let best: Encoding = 'identity';
  let bestWeight = 0;
  for (const coding of available) {
    const w = weight(coding);
    if (w > bestWeight) {
      best = coding;
      bestWeight = w;
    }
  }
  return best;
}
