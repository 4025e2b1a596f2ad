/** The bench's verdicts: each target beside its figure, and one plain-text table of them. */
export type Status = 'met' | 'missed' | 'not measured';

export interface Verdict {
  id: string;
  what: string;
  figure: string;
  target: string;
  status: Status;
}

/** A target of the form "value ≤ limit" (or ≥ with `atLeast`); `show` formats both numbers. */
export function verdict(id: string, what: string, value: number | undefined, limit: number, show: (n: number) => string, atLeast = false): Verdict {
  if (value === undefined || Number.isNaN(value)) return { id, what, figure: '–', target: `${atLeast ? '≥' : '≤'} ${show(limit)}`, status: 'not measured' };
  const met = atLeast ? value >= limit : value <= limit;
  return { id, what, figure: show(value), target: `${atLeast ? '≥' : '≤'} ${show(limit)}`, status: met ? 'met' : 'missed' };
}

/** A plain-text table; the first row is the header. Columns are padded to their widest cell. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? '')].length)));
  const line = (r: readonly string[]) => r.map((cell, c) => cell + ' '.repeat(widths[c] - [...cell].length)).join(' | ').trimEnd();
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.slice(1).map(line)].join('\n');
}

export function verdictTable(verdicts: readonly Verdict[]): string {
  const mark: Record<Status, string> = { met: 'met', missed: 'MISSED', 'not measured': 'not measured' };
  return table([['target', 'what', 'figure', 'goal', ''], ...verdicts.map((v) => [v.id, v.what, v.figure, v.target, mark[v.status]])]);
}

export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
export const ms = (n: number) => `${Math.round(n)} ms`;
export const count = (n: number) => String(n);
export const times = (n: number) => `${n.toFixed(2)}×`;
export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? Number.NaN : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
