import { abbreviationsIn } from '../../src/edition/abbreviations.ts';
import { chapterSlug } from '../../src/edition/addresses.ts';
import type { DocumentFrontmatter, Italics, SectionFrontmatter } from '../../src/edition/formats/index.ts';
import { formatFrontmatter } from '../../src/edition/frontmatter.ts';
import type { Block } from './blocks.ts';
import { hardLines } from './blocks.ts';
import { splitCredit } from './captions.ts';
import { inlineMarks, unwrapItalic } from './inline-markup.ts';
import { inlineProblem, sectionProblem } from './mdx-check.ts';
import { inlineToMdx } from './mdx-text.ts';
import { EditionError } from './source-error.ts';
import { type Chapter, type Numbering, type Section, sectionSlug } from './structure.ts';

/** How italic spans that are not emphasis are marked up (content/editorial/italics.json). */
export type ItalicsData = Italics;

/**
 * Inline source text (starting at edited-text offset `at`) as MDX, checked by
 * reading it back: a located error if MDX would not render it as written.
 */
export function inlineMdx(text: string, at: number, chapter: number, data: ItalicsData): string {
  const { problems } = inlineMarks(text);
  if (problems.length > 0) throw new EditionError(at + problems[0].offset, problems[0].problem);
  const { mdx, reading } = inlineToMdx(text, chapter, data);
  const problem = inlineProblem(mdx, reading);
  if (problem) throw new EditionError(at, problem);
  return mdx;
}

const prop = (value: string) => `{${JSON.stringify(value)}}`;

function epigraphs(blocks: Block[], chapter: number, data: ItalicsData): string[] {
  const out: string[] = [];
  let pending: string[] = [];
  for (const b of blocks) {
    const blockLines = hardLines(unwrapItalic(b.text)).map(unwrapItalic);
    const attributionAt = blockLines.findIndex((l) => l.startsWith('—'));
    if (attributionAt === -1) {
      pending.push(...blockLines);
      continue;
    }
    pending.push(...blockLines.slice(0, attributionAt));
    const attribution = blockLines.slice(attributionAt).join(' ');
    const body = pending.map((l) => inlineMdx(l, b.start, chapter, data)).join('<br />\n');
    out.push(`<Epigraph attribution=${prop(attribution)}>\n${body}\n</Epigraph>`);
    pending = [];
  }
  const last = blocks[blocks.length - 1]?.start ?? 0;
  if (pending.length > 0) out.push(`<Epigraph>\n${pending.map((l) => inlineMdx(l, last, chapter, data)).join('<br />\n')}\n</Epigraph>`);
  return out;
}

/** A transcribed document, published as its own file so it can also have a page of its own. */
export interface DocumentFile {
  id: string;
  content: string;
  /** Where its first block is in the edited text (for errors). */
  at: number;
}

// Characters written differently in simplified Chinese: their presence marks a traditional text.
const TRADITIONAL_ONLY = /[們國東電時這樣為軍鮮應歷]/u;

function documentFile(id: string, blocks: Block[], caption: Block | undefined, chapter: number, data: ItalicsData): DocumentFile {
  const body = blocks.map((b) => hardLines(b.text).map((l) => inlineMdx(l, b.start, chapter, data)).join('<br />\n')).join('\n\n');
  const split = caption ? splitCredit(caption.text) : { caption: '', credit: null };
  const text = blocks.map((b) => b.text).join('');
  const frontmatter: DocumentFrontmatter = { chapter, caption: split.caption, credit: split.credit, lang: TRADITIONAL_ONLY.test(text) ? 'zh-Hant' : 'zh' };
  const at = blocks[0]?.start ?? 0;
  const problem = sectionProblem(body, blocks.length);
  if (problem) throw new EditionError(at, problem.replace('section', 'document'));
  return { id, content: `${formatFrontmatter(frontmatter)}\n${body}\n`, at };
}

function photoFigure(block: Block, chapter: number, data: ItalicsData): string {
  const { caption, credit } = splitCredit(hardLines(unwrapItalic(block.text)).join(' '));
  return `<Photograph${credit ? ` credit=${prop(credit)}` : ''}>\n${inlineMdx(caption, block.start, chapter, data)}\n</Photograph>`;
}

/** The MDX body of one section: its heading (if titled) and its blocks in order. */
export function sectionBody(section: Section, chapter: Chapter, data: ItalicsData, numbering: Numbering, documents: DocumentFile[] = []): string {
  const parts: string[] = [];
  // In a heading a "#" can also close it: escaped there too.
  if (section.title) parts.push(`## ${inlineMdx(section.title, section.heading?.start ?? 0, chapter.number, data).replace(/#/g, '\\#')}`);
  const blocks = section.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    switch (b.kind) {
      case 'epigraph': {
        let j = i;
        while (j < blocks.length && blocks[j].kind === 'epigraph') j += 1;
        parts.push(...epigraphs(blocks.slice(i, j), chapter.number, data));
        i = j - 1;
        break;
      }
      case 'document': {
        let j = i;
        while (j < blocks.length && blocks[j].kind === 'document') j += 1;
        const caption = blocks[j]?.kind === 'document-caption' ? blocks[j] : undefined;
        const doc = documentFile(numbering.document.get(b) as string, blocks.slice(i, j), caption, chapter.number, data);
        documents.push(doc);
        parts.push(`<Document id=${prop(doc.id)} />`);
        i = caption ? j : j - 1;
        break;
      }
      case 'photo-caption':
        parts.push(photoFigure(b, chapter.number, data));
        break;
      case 'block-quote':
        parts.push(`> ${inlineMdx(b.text, b.start, chapter.number, data)}`);
        break;
      default:
        parts.push(inlineMdx(b.text, b.start, chapter.number, data));
    }
  }
  const body = parts.join('\n\n');
  const problem = sectionProblem(body, section.paragraphs.length);
  if (problem) throw new EditionError(section.heading?.start ?? section.blocks[0]?.start ?? chapter.heading?.start ?? 0, problem);
  return body;
}

/**
 * Every MDX file of the edition, keyed by its path under the content directory.
 * The front matter carries the ids the structure gave: the section's id, its
 * first paragraph's number and its paragraph count, and the abbreviations the
 * chapter used before it (so that each is spelt out once per chapter).
 */
export function contentFiles(chapters: Chapter[], data: ItalicsData, numbering: Numbering, abbreviationTerms: readonly string[] = []): Map<string, string> {
  const files = new Map<string, string>();
  const documents: DocumentFile[] = [];
  chapters.forEach((chapter, c) => {
    const used: string[] = [];
    chapter.sections.forEach((section, s) => {
      const path = `chapters/${chapterSlug(chapter.number)}/${String(section.order).padStart(2, '0')}-${sectionSlug(section)}.mdx`;
      const frontmatter: SectionFrontmatter = {
        chapter: chapter.number,
        chapterTitle: chapter.title,
        section: section.title,
        sectionId: section.id,
        order: section.order,
        firstParagraph: section.firstParagraph,
        paragraphCount: section.paragraphs.length,
        abbreviationsBefore: [...used],
        ...(c === 0 && s === 0 && chapter.opensMidChapter ? { excerptOpensHere: true as const } : {}),
        ...(c === chapters.length - 1 && s === chapter.sections.length - 1 && chapter.endsMidSentence ? { excerptEndsHere: true as const } : {}),
      };
      for (const term of abbreviationsIn(section.paragraphs.map((p) => p.text).join('\n\n'), abbreviationTerms)) if (!used.includes(term)) used.push(term);
      const at = section.heading?.start ?? chapter.heading?.start ?? section.blocks[0]?.start ?? 0;
      if (files.has(path)) throw new EditionError(at, `this would be written to ${path} a second time`);
      files.set(path, `${formatFrontmatter(frontmatter)}\n${sectionBody(section, chapter, data, numbering, documents)}\n`);
    });
  });
  for (const doc of documents) {
    const path = `documents/${doc.id}.mdx`;
    if (files.has(path)) throw new EditionError(doc.at, `a second document with the id ${doc.id} (the same kind and date in its caption): its file would replace the first one's`);
    files.set(path, doc.content);
  }
  return files;
}
