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

/** A run of the output copied or produced from the source range [from, to), starting at output offset `at`. */
interface Piece {
  from: number;
  to: number;
  at: number;
  /** Its length in the output. */
  length: number;
  /** True when the run is the source text itself (offsets inside it map one to one). */
  copied: boolean;
}

function applyEdits(text: string, from: number, to: number, edits: readonly Splice[], pieces: Piece[], at: number): string {
  let out = '';
  let cursor = from;
  const copy = (a: number, b: number) => {
    if (b > a) pieces.push({ from: a, to: b, at: at + out.length, length: b - a, copied: true });
    out += text.slice(a, b);
  };
  for (const e of edits) {
    if (e.offset < cursor || e.offset + e.before.length > to) {
      throw new Error(`editorial change by ${e.rule} at offset ${e.offset} overlaps another change`);
    }
    if (text.slice(e.offset, e.offset + e.before.length) !== e.before) {
      throw new Error(`editorial change by ${e.rule} at offset ${e.offset} does not match the source`);
    }
    copy(cursor, e.offset);
    pieces.push({ from: e.offset, to: e.offset + e.before.length, at: at + out.length, length: e.after.length, copied: false });
    out += e.after;
    cursor = e.offset + e.before.length;
  }
  copy(cursor, to);
  return out;
}

/** The edited text, and where each source offset ended up in it. */
export interface EditedText {
  text: string;
  /**
   * The offset in the edited text of source offset `offset`: inside a changed
   * span, where its replacement starts; inside a moved span, where it moved to.
   */
  mapOffset(offset: number): number;
  /** The source offset an offset of the edited text came from (inside a replacement: where the replaced text starts). */
  sourceOffset(editedOffset: number): number;
}

/** Apply recorded changes to the source. Replacements must not overlap each other or a move's edges. */
export function applySplices(text: string, splices: readonly Splice[]): string {
  return applySplicesMapped(text, splices).text;
}

/** applySplices, keeping the map from source offsets to edited offsets. */
export function applySplicesMapped(text: string, splices: readonly Splice[]): EditedText {
  const moves = splices.filter((s) => s.moveTo !== undefined);
  const edits = sortSplices(splices.filter((s) => s.moveTo === undefined));
  // Checked here, not where a move lands, so that a move to the very end is checked too.
  for (const m of moves) {
    if (text.slice(m.offset, m.offset + m.before.length) !== m.before) {
      throw new Error(`move by ${m.rule} at offset ${m.offset} does not match the source`);
    }
  }
  const cuts = [...new Set([0, text.length, ...moves.flatMap((m) => [m.offset, m.offset + m.before.length, m.moveTo as number])])].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  let out = '';
  const segment = (a: number, b: number) => {
    out += applyEdits(text, a, b, edits.filter((e) => e.offset >= a && e.offset < b), pieces, out.length);
  };
  const movedAt = (a: number) => moves.find((m) => a >= m.offset && a < m.offset + m.before.length);
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    for (const m of moves.filter((m) => m.moveTo === a)) {
      const inner = cuts.filter((c) => c >= m.offset && c <= m.offset + m.before.length);
      for (let k = 0; k + 1 < inner.length; k++) segment(inner[k], inner[k + 1]);
    }
    if (!movedAt(a)) segment(a, b);
  }
  for (const m of moves.filter((m) => m.moveTo === text.length)) segment(m.offset, m.offset + m.before.length);
  const mapOffset = (offset: number): number => {
    const piece = pieces.find((p) => offset >= p.from && offset < p.to);
    if (piece) return piece.copied ? piece.at + (offset - piece.from) : piece.at;
    return offset >= text.length ? out.length : 0;
  };
  const sourceOffset = (editedOffset: number): number => {
    const piece = pieces.find((p) => editedOffset >= p.at && editedOffset < p.at + p.length);
    if (piece) return piece.copied ? piece.from + (editedOffset - piece.at) : piece.from;
    return editedOffset >= out.length ? text.length : 0;
  };
  return { text: out, mapOffset, sourceOffset };
}

/** Stable order by offset. */
export function sortSplices(splices: readonly Splice[]): Splice[] {
  return splices
    .map((s, i) => ({ s, i }))
    .sort((a, b) => a.s.offset - b.s.offset || a.i - b.i)
    .map(({ s }) => s);
}

/** The changes in source order, each with its line and column in the source. */
export function recordChanges(text: string, splices: readonly Splice[]): (Splice & { line: number; column: number })[] {
  return sortSplices(splices).map((s) => ({ ...s, ...positionOf(text, s.offset) }));
}
