/**
 * The source is text with four inline constructs: note markers `<sup>N</sup>`,
 * `*italics*`, `**bold**` and `~~struck~~`. This module finds them, once, for
 * the validator (which reports what is malformed) and the MDX writer (which
 * turns them into markup and escapes every other character). Pure.
 */

export type DelimiterKind = 'em' | 'strong' | 'del';

export type Mark =
  | { kind: 'note'; start: number; end: number; n: number }
  /** One delimiter of a pair; `partner` is the index (in `marks`) of the other one. */
  | { kind: DelimiterKind; start: number; end: number; open: boolean; partner: number };

export interface InlineProblem {
  offset: number;
  problem: string;
}

const NAMES: Record<DelimiterKind, string> = { em: '* (italics)', strong: '** (bold)', del: '~~ (strikethrough)' };

const isSpace = (ch: string | undefined) => ch === undefined || /\s/u.test(ch);

/**
 * The marks of one block (or line) of source text, in order, and what is
 * wrong with them. A run of one `*` is an italics delimiter, two a bold one,
 * two `~` a strikethrough one; a lone `*` or `~` with space on both sides
 * ("2 * 3") and a single `~` are text. Delimiters of a kind pair up in order.
 */
export function inlineMarks(text: string): { marks: Mark[]; problems: InlineProblem[] } {
  const found: ({ kind: 'note'; start: number; end: number; n: number } | { kind: DelimiterKind; start: number; end: number })[] = [];
  const problems: InlineProblem[] = [];
  const notes = [...text.matchAll(/<sup>(\d+)<\/sup>/g)];
  const inNote = (i: number) => notes.some((m) => i >= (m.index ?? 0) && i < (m.index ?? 0) + m[0].length);
  for (const m of notes) found.push({ kind: 'note', start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, n: Number(m[1]) });

  for (const m of text.matchAll(/\*+|~+/g)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (inNote(start)) continue;
    const lone = isSpace(text[start - 1]) && isSpace(text[end]);
    if (m[0][0] === '~') {
      // Only `~~` strikes through; `~` and `~~~` are text.
      if (m[0].length === 2 && !lone) found.push({ kind: 'del', start, end });
      continue;
    }
    if (m[0].length > 2) {
      problems.push({ offset: start, problem: `${m[0].length} asterisks in a row: italics (*), bold (**) or text? Write them as one or the other` });
      continue;
    }
    if (!lone) found.push({ kind: m[0].length === 1 ? 'em' : 'strong', start, end });
  }
  found.sort((a, b) => a.start - b.start);

  const marks: Mark[] = found.map((f) => (f.kind === 'note' ? f : { ...f, open: false, partner: -1 }));
  for (const kind of ['em', 'strong', 'del'] as const) {
    const at = marks.flatMap((m, i) => (m.kind === kind ? [i] : []));
    for (let k = 0; k + 1 < at.length; k += 2) {
      const [a, b] = [marks[at[k]], marks[at[k + 1]]];
      if (a.kind === 'note' || b.kind === 'note') continue;
      Object.assign(a, { open: true, partner: at[k + 1] });
      Object.assign(b, { open: false, partner: at[k] });
      if (isSpace(text[a.end])) problems.push({ offset: a.start, problem: `${NAMES[kind]} opens here but a space follows it` });
      else if (isSpace(text[b.start - 1])) problems.push({ offset: b.start, problem: `${NAMES[kind]} closes here but a space comes before it` });
    }
    if (at.length % 2 === 1) problems.push({ offset: marks[at[at.length - 1]].start, problem: `unclosed ${NAMES[kind]} in this paragraph` });
  }
  problems.sort((a, b) => a.offset - b.offset);
  return { marks, problems };
}

/** True when the whole text is one italic span: its first "*" opens italics that its last character closes. */
export function isWhollyItalic(text: string): boolean {
  const t = text.trim();
  const { marks } = inlineMarks(t);
  const first = marks[0];
  return first?.kind === 'em' && first.open && first.start === 0 && marks[first.partner]?.end === t.length;
}

/** The text inside a wholly italic span (a caption, an epigraph line); other text trimmed but unchanged. */
export const unwrapItalic = (text: string) => (isWhollyItalic(text) ? text.trim().slice(1, -1) : text.trim());
