/**
 * Serial round trips: the longest chain of requests in which each starts only
 * after the one before it has finished. Requests that overlap cost one round
 * trip together; a chain of six costs six, whatever the bandwidth.
 */
export interface Timed {
  /** Epoch milliseconds. */
  start: number;
  end: number;
}

/** The longest chain among the requests that start at or after `from` (epoch ms). */
export function longestSerialChain<T extends Timed>(requests: readonly T[], from = Number.NEGATIVE_INFINITY): T[] {
  const rs = requests.filter((r) => r.start >= from && Number.isFinite(r.end)).sort((a, b) => a.end - b.end || a.start - b.start);
  const best: { length: number; prev: number }[] = [];
  for (let i = 0; i < rs.length; i++) {
    best.push({ length: 1, prev: -1 });
    for (let j = 0; j < i; j++) {
      if (rs[j].end <= rs[i].start && best[j].length + 1 > best[i].length) best[i] = { length: best[j].length + 1, prev: j };
    }
  }
  let at = best.reduce((m, b, i) => (m === -1 || b.length > best[m].length ? i : m), -1);
  const chain: T[] = [];
  while (at !== -1) {
    chain.unshift(rs[at]);
    at = best[at].prev;
  }
  return chain;
}
