import { chapterNumberOf, ROMAN_CHAPTER_HEADING, splitBlocks } from './blocks.ts';
import { inlineMarks } from './inline-markup.ts';
import { positionOf } from './position.ts';
import { SourceError } from './source-error.ts';

/** Characters that are not text: C0 controls other than tab and newline, DEL, and a byte-order mark inside the file. */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F\uFEFF]/gu;

function controlProblem(ch: string): string {
  const code = `U+${ch.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`;
  if (ch === '\u0000') return `a NUL byte (${code}): not text (a corrupt or binary file?)`;
  if (ch === '\uFEFF') return `a byte-order mark (${code}) inside the text (were two files joined?)`;
  if (ch === '\u000C') return `a form feed (${code}): not text (a page break left by the conversion?)`;
  return `a control character (${code}): not text`;
}

/**
 * Refuse a source the importer cannot read faithfully, naming file, line and
 * problem: an empty file, markup it does not know or that is left open, or
 * note numbers that skip or repeat (a sign of lost or duplicated text).
 */
export function validateSource(text: string, file: string): void {
  const fail = (offset: number, problem: string): never => {
    const { line, column } = positionOf(text, offset);
    throw new SourceError(file, line, column, problem);
  };

  if (text.trim() === '') fail(0, 'the source is empty');

  for (const m of text.matchAll(CONTROL)) fail(m.index ?? 0, controlProblem(m[0]));

  // Markup the conversion left behind is not text the importer can place: HTML tags and comments.
  for (const m of text.matchAll(/<!--|<\/?([A-Za-z][\w-]*)(?:\s[^<>]*)?\/?>/g)) {
    if (m[0] === '<!--') fail(m.index ?? 0, 'an HTML comment (<!-- … -->): the source is text; remove it, or write what it says as text');
    else if (m[1].toLowerCase() !== 'sup') fail(m.index ?? 0, `unknown HTML tag ${m[0]} (only <sup> note markers are expected)`);
  }
  // A <sup> or </sup> must belong to a complete note marker <sup>N</sup>; any other "<" is text ("a < b").
  for (const m of text.matchAll(/<\/?sup\b/gi)) {
    const i = m.index ?? 0;
    const opensMarker = /^<sup>\d+<\/sup>/.test(text.slice(i, i + 20));
    const closesMarker = /<sup>\d+$/.test(text.slice(Math.max(0, i - 12), i)) && text.startsWith('</sup>', i);
    if (!opensMarker && !closesMarker) fail(i, 'an incomplete note marker: expected <sup>N</sup> (is the file truncated?)');
  }
  // A truncated file can end inside a marker before its tag name is complete ("<su").
  const tail = /<\/?s?u?p?$/.exec(text.trimEnd());
  if (tail && tail[0].length > 1) fail(text.trimEnd().length - tail[0].length, 'an incomplete note marker: expected <sup>N</sup> (is the file truncated?)');

  for (const block of splitBlocks(text)) {
    const { marks, problems } = inlineMarks(block.text);
    if (problems.length > 0) fail(block.start + problems[0].offset, problems[0].problem);
    const roman = ROMAN_CHAPTER_HEADING.exec(block.text);
    if (roman?.[1]) fail(block.start, `a chapter numbered in roman numerals (${roman[1]}): the edition numbers chapters in digits; write it as a number`);
    const note = marks.find((m) => m.kind === 'note');
    if (note && /^#{1,6}\s/.test(block.text)) fail(block.start + note.start, 'a note marker in a heading: the edition places notes in the text only (move it to the first sentence after the heading)');
  }

  validateChapterOrder(text, fail);
  validateNoteSequence(text, fail);
}

/** Chapters come in increasing order, each once: a repeated heading would overwrite a chapter, a restart scramble the book. */
function validateChapterOrder(text: string, fail: (offset: number, problem: string) => never): void {
  let previous: { n: number; at: number } | undefined;
  for (const m of text.matchAll(/^#{1,6}[ \t].*$/gm)) {
    const n = chapterNumberOf(m[0]);
    if (n === undefined) continue;
    const at = m.index ?? 0;
    if (n < 1) fail(at, `chapter ${n}: chapter numbers start at 1`);
    if (previous && n === previous.n) fail(at, `chapter ${n} repeats (its heading is also at line ${positionOf(text, previous.at).line})`);
    if (previous && n < previous.n) fail(at, `chapter ${n} follows chapter ${previous.n}: chapter numbers must increase`);
    previous = { n, at };
  }
}

function validateNoteSequence(text: string, fail: (offset: number, problem: string) => never): void {
  const events = [
    ...[...text.matchAll(/^#{1,6}\s.*$/gm)].filter((m) => chapterNumberOf(m[0]) !== undefined).map((m) => ({ at: m.index ?? 0, chapter: true, n: 0 })),
    ...[...text.matchAll(/<sup>(\d+)<\/sup>/g)].map((m) => ({ at: m.index ?? 0, chapter: false, n: Number(m[1]) })),
  ].sort((a, b) => a.at - b.at);

  if (!events.some((e) => e.chapter)) fail(text.length, 'no chapter heading (e.g. "### CHAPTER 3 …") was found: is the file truncated?');

  let inFirstFragment = true;
  let previous: number | undefined;
  const seen = new Map<number, number>();
  for (const e of events) {
    if (e.chapter) {
      inFirstFragment = false;
      previous = undefined;
      seen.clear();
      continue;
    }
    if (seen.has(e.n)) {
      fail(e.at, `note ${e.n} repeats (it already appears at line ${positionOf(text, seen.get(e.n) ?? 0).line})`);
    }
    // The excerpt may open partway through a chapter; after a chapter heading notes start at 1.
    const expected = previous === undefined ? (inFirstFragment ? e.n : 1) : previous + 1;
    if (e.n !== expected) fail(e.at, `note ${e.n} is out of sequence: expected note ${expected}`);
    seen.set(e.n, e.at);
    previous = e.n;
  }
}
