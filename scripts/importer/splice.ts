import { positionOf } from './position.ts';

/**
 * One editorial change in source coordinates (offsets into the source after
 * BOM/CRLF normalisation): `before` at `offset` becomes `after`, or, with
 * `moveTo`, the text `before` is moved (with any changes inside it) to the
 * offset `moveTo`. Rules speak only in source coordinates, so every change can
 * be checked against the source by anyone holding the record.
 */
export interface Splice {
  rule: string;
  offset: number;
  before: string;
  after: string;
  moveTo?: number;
  /** Why the rule decided as it did, where that is not obvious (e.g. the evidence for a hyphen). */
  note?: string;
}

export interface RecordedChange extends Splice {
  line: number;
  column: number;
  /** Where a reader finds the changed text in the edition (a page path and anchor). */
  where?: { path: string; anchor: string | null };
}

function applyEdits(text: string, from: number, to: number, edits: readonly Splice[]): string {
  let out = '';
  let cursor = from;
  for (const e of edits) {
    if (e.offset < cursor || e.offset + e.before.length > to) {
      throw new Error(`editorial change by ${e.rule} at offset ${e.offset} overlaps another change`);
    }
    if (text.slice(e.offset, e.offset + e.before.length) !== e.before) {
      throw new Error(`editorial change by ${e.rule} at offset ${e.offset} does not match the source`);
    }
    out += text.slice(cursor, e.offset) + e.after;
    cursor = e.offset + e.before.length;
  }
  return out + text.slice(cursor, to);
}

/** Apply recorded changes to the source. Replacements must not overlap each other or a move's edges. */
export function applySplices(text: string, splices: readonly Splice[]): string {
  const moves = splices.filter((s) => s.moveTo !== undefined);
  const edits = sortSplices(splices.filter((s) => s.moveTo === undefined));
  // Checked here, not where a move lands, so that a move to the very end is checked too.
  for (const m of moves) {
    if (text.slice(m.offset, m.offset + m.before.length) !== m.before) {
      throw new Error(`move by ${m.rule} at offset ${m.offset} does not match the source`);
    }
  }
  const cuts = [...new Set([0, text.length, ...moves.flatMap((m) => [m.offset, m.offset + m.before.length, m.moveTo as number])])].sort((a, b) => a - b);
  const segment = (a: number, b: number) => applyEdits(text, a, b, edits.filter((e) => e.offset >= a && e.offset < b));
  const movedAt = (a: number) => moves.find((m) => a >= m.offset && a < m.offset + m.before.length);
  let out = '';
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    for (const m of moves.filter((m) => m.moveTo === a)) {
      const inner = cuts.filter((c) => c >= m.offset && c <= m.offset + m.before.length);
      for (let k = 0; k + 1 < inner.length; k++) out += segment(inner[k], inner[k + 1]);
    }
    if (!movedAt(a)) out += segment(a, b);
  }
  for (const m of moves.filter((m) => m.moveTo === text.length)) out += segment(m.offset, m.offset + m.before.length);
  return out;
}

/** Stable order by offset. */
export function sortSplices(splices: readonly Splice[]): Splice[] {
  return splices
    .map((s, i) => ({ s, i }))
    .sort((a, b) => a.s.offset - b.s.offset || a.i - b.i)
    .map(({ s }) => s);
}

export function recordChanges(text: string, splices: readonly Splice[]): RecordedChange[] {
  return sortSplices(splices).map((s) => ({ ...s, ...positionOf(text, s.offset) }));
}
