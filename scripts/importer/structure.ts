import { type Block, chapterNumberOf, classifyBlocks, hardLines } from './blocks.ts';
import { endsUnfinished } from './continuation.ts';

/** The edited text as a book: a title page, then chapters made of an opening and sections. */
export interface Edition {
  titlePage: TitlePage;
  chapters: Chapter[];
}

export interface TitlePage {
  series: string | null;
  seriesEditor: string | null;
  /** The title as printed, line by line. */
  title: string[];
  author: string | null;
  imprint: string[];
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
  sections: Section[];
}

export interface Section {
  /** 0 for the untitled opening of a chapter, then 1, 2, … */
  order: number;
  title: string | null;
  blocks: Block[];
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
      section = { order: 0, title: null, blocks: [] };
      chapter = { number: h.number, label: h.label, title: h.title, opensMidChapter: false, endsMidSentence: false, sections: [section] };
      chapters.push(chapter);
    } else if (block.kind === 'section-heading') {
      if (!chapter) throw new Error('a section heading before any chapter');
      section = { order: chapter.sections.length, title: block.text.replace(/^#+\s+/, '').trim(), blocks: [] };
      chapter.sections.push(section);
    } else {
      if (!chapter || !section) {
        // Text before the first chapter heading belongs to the chapter before it.
        section = { order: 0, title: null, blocks: [] };
        chapter = {
          number: (firstHeading ? (chapterNumberOf(firstHeading.text) ?? 1) : 1) - 1,
          label: null,
          title: null,
          // With no heading of its own, this text is the tail of a chapter the excerpt opens inside.
          opensMidChapter: true,
          endsMidSentence: false,
          sections: [section],
        };
        chapters.push(chapter);
      }
      section.blocks.push(block);
    }
  }

  const lastChapter = chapters[chapters.length - 1];
  const lastProse = lastChapter?.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'paragraph').pop();
  if (lastChapter && lastProse) lastChapter.endsMidSentence = endsUnfinished(lastProse.text);
  return { titlePage, chapters };
}
