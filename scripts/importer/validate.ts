import { chapterNumberOf, splitBlocks } from './blocks.ts';
import { positionOf } from './position.ts';
import { SourceError } from './source-error.ts';

const ALLOWED_TAGS = new Set(['sup']);

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

  for (const m of text.matchAll(/<\/?([A-Za-z][\w-]*)[^>]*>/g)) {
    if (!ALLOWED_TAGS.has(m[1].toLowerCase())) fail(m.index ?? 0, `unknown HTML tag ${m[0]} (only <sup> note markers are expected)`);
  }
  // Every "<" must open a complete note marker <sup>N</sup> or close one.
  for (const m of text.matchAll(/</g)) {
    const i = m.index ?? 0;
    const opensMarker = /^<sup>\d+<\/sup>/.test(text.slice(i, i + 20));
    const closesMarker = /<sup>\d+$/.test(text.slice(Math.max(0, i - 12), i)) && text.startsWith('</sup>', i);
    if (!opensMarker && !closesMarker) fail(i, 'an incomplete note marker: expected <sup>N</sup> (is the file truncated?)');
  }

  for (const block of splitBlocks(text)) {
    for (const [marker, name] of [['~~', 'strikethrough'], ['**', 'bold']] as const) {
      const at = [...block.text.matchAll(new RegExp(marker.replace(/[*~]/g, '\\$&'), 'g'))].map((m) => m.index ?? 0);
      if (at.length % 2 === 1) fail(block.start + at[at.length - 1], `unclosed ${marker} (${name}) in this paragraph`);
    }
    const singles = [...block.text.replace(/\*\*/g, '  ').matchAll(/\*/g)].map((m) => m.index ?? 0);
    if (singles.length % 2 === 1) fail(block.start + singles[singles.length - 1], 'unclosed * (italics) in this paragraph');
  }

  validateNoteSequence(text, fail);
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
