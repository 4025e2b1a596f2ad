import { isWhollyItalic } from './inline-markup.ts';

/**
 * The source as a sequence of blocks (runs of non-blank lines), each with its
 * offsets, and a classification of what each block is in the printed book.
 */
export interface Block {
  /** Offset of the block's first character in the text. */
  start: number;
  /** Offset just past the block's last character (before the newline). */
  end: number;
  text: string;
  kind: BlockKind;
}

export type BlockKind =
  | 'title-page'
  | 'chapter-heading'
  | 'section-heading'
  | 'epigraph'
  | 'paragraph'
  | 'block-quote'
  | 'photo-caption'
  | 'document'
  | 'document-caption';

const HAN = /\p{Script=Han}/gu;
const LATIN_LETTER = /\p{Script=Latin}/u;
const LATIN_LETTERS = /\p{Script=Latin}/gu;
/** "CHAPTER 3", "## Chapter 12": chapters are numbered in digits. */
const CHAPTER_HEADING = /^#{1,6}\s+(?:\*\*)?\s*chapter\s+(\d+)\b/i;
/** "CHAPTER III": a chapter heading the edition cannot number without changing its text (validate.ts says so). */
export const ROMAN_CHAPTER_HEADING = /^#{1,6}\s+(?:\*\*)?\s*chapter\s+(c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3}))\b/i;

/** A block in Chinese (a transcribed document), not English prose that quotes a few characters. */
const isChinese = (text: string) => (text.match(HAN)?.length ?? 0) > (text.match(LATIN_LETTERS)?.length ?? 0);
const HEADING = /^#{1,6}\s+/;
/** Title-page lines are short and carry no notes. */
const TITLE_PAGE_MAX_WORDS = 12;

/**
 * Runs of non-blank lines. A heading line is a block of its own even without
 * blank lines around it, as Markdown reads it: the text after it is not part
 * of the heading.
 */
export function splitBlocks(text: string): Omit<Block, 'kind'>[] {
  const blocks: Omit<Block, 'kind'>[] = [];
  const re = /[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let start = m.index;
    const end = m.index + m[0].length;
    const push = (from: number, to: number) => {
      if (to > from) blocks.push({ start: from, end: to, text: text.slice(from, to) });
    };
    for (const h of m[0].matchAll(/^#{1,6}[ \t].*$/gm)) {
      const at = m.index + (h.index ?? 0);
      push(start, Math.max(start, at - 1));
      push(at, at + h[0].length);
      start = at + h[0].length + 1;
    }
    push(start, end);
  }
  return blocks;
}

/** A block's lines, split at its hard line breaks (two trailing spaces) and newlines. */
export const hardLines = (text: string) => text.split(/ {2,}\n|\n/).map((l) => l.trim()).filter(Boolean);

/** The number of a chapter heading ("### CHAPTER 3 …"), or undefined for any other heading. */
export function chapterNumberOf(heading: string): number | undefined {
  const m = CHAPTER_HEADING.exec(heading);
  return m ? Number(m[1]) : undefined;
}

export { isWhollyItalic };

/** Words as a reader counts them, ignoring markup. */
function wordCount(text: string): number {
  return text.replace(/[*#]/g, ' ').split(/\s+/).filter(Boolean).length;
}

/** Text of a block without trailing note markers and closing punctuation, for sentence checks. */
export function proseEnd(text: string): string {
  return text.replace(/(?:<sup>\d+<\/sup>)+$/, '').replace(/[*"”’')\]]+$/, '');
}

export function classifyBlocks(text: string): Block[] {
  const raw = splitBlocks(text);
  const kinds: BlockKind[] = raw.map(() => 'paragraph');

  // Title page: the leading short blocks before any heading or running text.
  let i = 0;
  while (
    i < raw.length &&
    !HEADING.test(raw[i].text) &&
    !raw[i].text.includes('<sup>') &&
    wordCount(raw[i].text) <= TITLE_PAGE_MAX_WORDS &&
    !/^\p{Ll}/u.test(raw[i].text)
  ) {
    kinds[i] = 'title-page';
    i += 1;
  }

  for (let j = i; j < raw.length; j++) {
    const t = raw[j].text;
    if (HEADING.test(t)) kinds[j] = chapterNumberOf(t) === undefined ? 'section-heading' : 'chapter-heading';
    else if (isChinese(t)) kinds[j] = 'document';
  }

  // A document (the transcribed telegram) runs across blocks with no Latin text between
  // Chinese blocks; the block after it is its caption unless it continues a sentence.
  for (let j = 0; j < raw.length; j++) {
    if (kinds[j] !== 'document') continue;
    let k = j + 1;
    while (k < raw.length && kinds[k] === 'paragraph' && !LATIN_LETTER.test(raw[k].text)) k += 1;
    if (k < raw.length && kinds[k] === 'document') {
      for (let m = j + 1; m < k; m++) kinds[m] = 'document';
      j = k - 1;
      continue;
    }
    const next = raw[j + 1];
    if (next && kinds[j + 1] === 'paragraph' && !/^\p{Ll}/u.test(next.text)) kinds[j + 1] = 'document-caption';
  }

  // Epigraphs: italic blocks (and their "—" attributions) straight after a chapter heading.
  for (let j = 0; j < raw.length; j++) {
    if (kinds[j] !== 'chapter-heading') continue;
    for (let k = j + 1; k < raw.length && kinds[k] === 'paragraph'; k++) {
      const t = raw[k].text.trim();
      if (isWhollyItalic(t) || t.startsWith('—')) kinds[k] = 'epigraph';
      else break;
    }
  }

  for (let j = 0; j < raw.length; j++) {
    if (kinds[j] === 'paragraph' && isWhollyItalic(raw[j].text)) kinds[j] = 'photo-caption';
  }

  // A paragraph introduced by a colon is a quotation set off as a block.
  for (let j = 1; j < raw.length; j++) {
    if (kinds[j] === 'paragraph' && kinds[j - 1] === 'paragraph' && proseEnd(raw[j - 1].text).endsWith(':')) {
      kinds[j] = 'block-quote';
    }
  }

  return raw.map((b, j) => ({ ...b, kind: kinds[j] }));
}

export const FIGURE_KINDS: ReadonlySet<BlockKind> = new Set(['photo-caption', 'document', 'document-caption']);
export const PROSE_KINDS: ReadonlySet<BlockKind> = new Set(['paragraph', 'block-quote']);
