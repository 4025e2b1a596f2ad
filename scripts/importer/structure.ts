import { OPENING_ID, sectionId } from '../../src/edition/addresses.ts';
import type { TitlePage } from '../../src/edition/formats/title-page.ts';
import { type Block, chapterNumberOf, classifyBlocks, hardLines, PROSE_KINDS } from './blocks.ts';
import { endsUnfinished } from './continuation.ts';
import { documentId, splitCredit } from './captions.ts';
import { EditionError } from './source-error.ts';

/** The edited text as a book: a title page, then chapters made of an opening and sections. */
export interface Edition {
  titlePage: TitlePage;
  chapters: Chapter[];
  /** The edited text's blocks, in order (title page included). */
  blocks: Block[];
  numbering: Numbering;
}

export interface Chapter {
  number: number;
  /** As printed ("Chapter 3"); null when the excerpt does not include the chapter's heading. */
  label: string | null;
  title: string | null;
  /** The excerpt opens partway through this chapter. */
  opensMidChapter: boolean;
  /** The excerpt stops partway through a sentence of this chapter. */
  endsMidSentence: boolean;
  /** The chapter's heading block; absent when the excerpt opens inside the chapter. */
  heading?: Block;
  sections: Section[];
}

export interface Section {
  /** 0 for the untitled opening of a chapter, then 1, 2, … */
  order: number;
  title: string | null;
  /** The heading's id (from its final text); null for the opening. */
  id: string | null;
  heading?: Block;
  blocks: Block[];
  /** The number of the section's first paragraph within its chapter. */
  firstParagraph: number;
  /** Its paragraphs (and block quotations), in order. */
  paragraphs: Block[];
}

/**
 * The ids the importer gives the edited text, the only place they are given:
 * each paragraph's number within its chapter, each transcribed document's id
 * (on its blocks and its caption).
 */
export interface Numbering {
  paragraph: Map<Block, number>;
  document: Map<Block, string>;
}

const unwrap = (text: string) => text.replace(/^\*\*?|\*\*?$/g, '').trim();

function readTitlePage(blocks: Block[]): TitlePage {
  const bold = blocks.filter((b) => b.text.startsWith('**')).map((b) => hardLines(unwrap(b.text)));
  const italic = blocks.filter((b) => /^\*(?!\*)/.test(b.text)).map((b) => unwrap(b.text));
  const plain = blocks.filter((b) => !b.text.startsWith('*')).flatMap((b) => hardLines(b.text));
  return {
    series: bold.length >= 3 ? bold[0].join(' ') : null,
    seriesEditor: italic[0] ?? null,
    title: bold.length >= 2 ? bold[bold.length - 2] : (bold[0] ?? []),
    author: bold.length >= 2 ? bold[bold.length - 1].join(' ') : null,
    imprint: plain,
  };
}

function splitChapterHeading(block: Block): { number: number; label: string; title: string } {
  const text = block.text.replace(/^#+\s+/, '').trim();
  const m = /^(chapter\s+\d+)\s*[.:—-]?\s*(.*)$/i.exec(text);
  return { number: chapterNumberOf(block.text) ?? 0, label: m?.[1] ?? text, title: m?.[2] ?? '' };
}

/** Build the book's structure from the edited text (after every editorial rule has applied). */
export function structureEdition(editedText: string): Edition {
  const blocks = classifyBlocks(editedText);
  const titlePage = readTitlePage(blocks.filter((b) => b.kind === 'title-page'));
  const body = blocks.filter((b) => b.kind !== 'title-page');
  const firstHeading = body.find((b) => b.kind === 'chapter-heading');
  const chapters: Chapter[] = [];

  let chapter: Chapter | undefined;
  let section: Section | undefined;
  for (const block of body) {
    if (block.kind === 'chapter-heading') {
      const h = splitChapterHeading(block);
      checkChapterNumber(h.number, block, chapter);
      section = newSection(0, null);
      chapter = { number: h.number, label: h.label, title: h.title, opensMidChapter: false, endsMidSentence: false, heading: block, sections: [section] };
      chapters.push(chapter);
      continue;
    }
    if (!chapter || !section) {
      // Text (or a section) before the first chapter heading belongs to the chapter before it.
      const number = (firstHeading ? (chapterNumberOf(firstHeading.text) ?? 1) : 1) - 1;
      if (number < 1) {
        throw new EditionError(block.start, (lineOf) => `this text comes before the heading of chapter ${number + 1} (line ${firstHeading ? lineOf(firstHeading.start) : '?'}), so it would belong to a chapter ${number}: is a heading missing or misnumbered?`);
      }
      section = newSection(0, null);
      chapter = {
        number,
        label: null,
        title: null,
        // With no heading of its own, this text is the tail of a chapter the excerpt opens inside.
        opensMidChapter: true,
        endsMidSentence: false,
        sections: [section],
      };
      chapters.push(chapter);
    }
    if (block.kind === 'section-heading') {
      const title = block.text.replace(/^#+\s+/, '').trim();
      const next = newSection(chapter.sections.length, title);
      if (!/[\p{L}\p{N}]/u.test(next.id ?? '')) throw new EditionError(block.start, `the section heading “${title}” has no letters or digits to make its address from`);
      const same = chapter.sections.find((s) => s.id === next.id);
      if (same?.heading) {
        const first = same.heading;
        throw new EditionError(block.start, (lineOf) => `the section “${title}” repeats in chapter ${chapter?.number} (its heading is also at line ${lineOf(first.start)})`);
      }
      next.heading = block;
      chapter.sections.push(next);
      section = next;
    } else {
      section.blocks.push(block);
    }
  }

  for (const c of chapters) checkHasText(c);
  const lastChapter = chapters[chapters.length - 1];
  const lastProse = lastChapter?.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'paragraph').pop();
  if (lastChapter && lastProse) lastChapter.endsMidSentence = endsUnfinished(lastProse.text);
  return { titlePage, chapters, blocks, numbering: numberEdition(chapters) };
}

/** Chapters come in increasing order, each once: a repeated or misnumbered heading would overwrite or scramble the text. */
function checkChapterNumber(n: number, heading: Block, previous: Chapter | undefined): void {
  if (n < 1) throw new EditionError(heading.start, `chapter ${n}: chapter numbers start at 1`);
  if (!previous || n > previous.number) return;
  const earlier = previous.heading;
  if (n === previous.number) {
    throw new EditionError(heading.start, (lineOf) =>
      earlier ? `chapter ${n} repeats (its heading is also at line ${lineOf(earlier.start)})` : `chapter ${n} repeats: the text before this heading already belongs to chapter ${n}`,
    );
  }
  throw new EditionError(heading.start, `chapter ${n} follows chapter ${previous.number}: chapter numbers must increase`);
}

/** A chapter or section with no text is a damaged source (a lost page, a heading split in two), not an edition. */
function checkHasText(chapter: Chapter): void {
  const texts = (s: Section) => s.blocks.filter((b) => b.kind !== 'epigraph').length;
  if (chapter.sections.every((s) => texts(s) === 0)) {
    throw new EditionError(chapter.heading?.start ?? 0, `chapter ${chapter.number} has no text after its heading`);
  }
  for (const s of chapter.sections) {
    if (s.heading && s.blocks.length === 0) throw new EditionError(s.heading.start, `the section “${s.title}” has no text before the next heading`);
  }
}

function newSection(order: number, title: string | null): Section {
  return { order, title, id: title === null ? null : sectionId(title), blocks: [], firstParagraph: 1, paragraphs: [] };
}

/** Number each chapter's paragraphs in reading order, and name each transcribed document. */
function numberEdition(chapters: Chapter[]): Numbering {
  const numbering: Numbering = { paragraph: new Map(), document: new Map() };
  let documents = 0;
  for (const chapter of chapters) {
    let n = 0;
    for (const section of chapter.sections) {
      section.firstParagraph = n + 1;
      section.paragraphs = section.blocks.filter((b) => PROSE_KINDS.has(b.kind));
      for (const p of section.paragraphs) numbering.paragraph.set(p, ++n);
      const blocks = section.blocks;
      for (let i = 0; i < blocks.length; i++) {
        if (blocks[i].kind !== 'document') continue;
        let j = i;
        while (j < blocks.length && blocks[j].kind === 'document') j += 1;
        const caption = blocks[j]?.kind === 'document-caption' ? blocks[j] : undefined;
        const id = documentId(caption ? splitCredit(caption.text).caption : '', ++documents);
        const earlier = [...numbering.document].find(([, other]) => other === id)?.[0];
        if (earlier) {
          throw new EditionError(blocks[i].start, (lineOf) => `a second document with the id ${id} (the same kind and date in its caption as the one at line ${lineOf(earlier.start)})`);
        }
        for (const b of blocks.slice(i, caption ? j + 1 : j)) numbering.document.set(b, id);
        i = j - 1;
      }
    }
  }
  return numbering;
}

/** The file-name slug of a section: its id, or "opening". */
export const sectionSlug = (section: Section) => section.id ?? OPENING_ID;
