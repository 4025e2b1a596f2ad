import { abbreviationsIn } from '../../src/edition/abbreviations.ts';
import { chapterSlug } from '../../src/edition/addresses.ts';
import type { DocumentFrontmatter, Italics, SectionFrontmatter } from '../../src/edition/formats/index.ts';
import { formatFrontmatter } from '../../src/edition/frontmatter.ts';
import type { Block } from './blocks.ts';
import { hardLines } from './blocks.ts';
import { splitCredit } from './captions.ts';
import { type Chapter, type Numbering, type Section, sectionSlug } from './structure.ts';

/** How italic spans that are not emphasis are marked up (content/editorial/italics.json). */
export type ItalicsData = Italics;

const PINYIN_LANG = 'zh-Latn-pinyin';

export function italicSpan(inner: string, data: ItalicsData): string {
  const isTitle = data.titles.includes(inner);
  const isPinyin = data.pinyin.includes(inner);
  const lang = isPinyin ? ` lang="${PINYIN_LANG}"` : '';
  if (isTitle) return `<cite${lang}>${inner}</cite>`;
  if (isPinyin) return `<i${lang}>${inner}</i>`;
  return `*${inner}*`;
}

/** Inline source markup to MDX: note markers become sidenotes, titles and pinyin get their elements. */
export function inlineToMdx(text: string, chapter: number, data: ItalicsData): string {
  return (
    text
      // MDX reads braces as expressions; the text means them literally.
      .replace(/[{}]/g, (c) => `\\${c}`)
      .replace(/<sup>(\d+)<\/sup>/g, (_, n: string) => `<Sidenote chapter={${chapter}} n={${Number(n)}} />`)
      .replace(/(?<!\*)\*(?!\*)([^*]+)\*(?!\*)/g, (_, inner: string) => italicSpan(inner, data))
  );
}

/** A paragraph must not open with something Markdown would read as a list, heading or quote. */
function guardBlockStart(text: string): string {
  return text.replace(/^(\d+)([.)])(\s)/, '$1\\$2$3').replace(/^([-+>#])/, '\\$1');
}

const prop = (value: string) => `{${JSON.stringify(value)}}`;
const unwrapItalic = (text: string) => text.trim().replace(/^\*(.*)\*$/s, '$1');

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
    const body = pending.map((l) => inlineToMdx(l, chapter, data)).join('<br />\n');
    out.push(`<Epigraph attribution=${prop(attribution)}>\n${body}\n</Epigraph>`);
    pending = [];
  }
  if (pending.length > 0) out.push(`<Epigraph>\n${pending.map((l) => inlineToMdx(l, chapter, data)).join('<br />\n')}\n</Epigraph>`);
  return out;
}

/** A transcribed document, published as its own file so it can also have a page of its own. */
export interface DocumentFile {
  id: string;
  content: string;
}

// Characters written differently in simplified Chinese: their presence marks a traditional text.
const TRADITIONAL_ONLY = /[們國東電時這樣為軍鮮應歷]/u;

function documentFile(id: string, blocks: Block[], caption: Block | undefined, chapter: number, data: ItalicsData): DocumentFile {
  const body = blocks.map((b) => hardLines(b.text).map((l) => inlineToMdx(l, chapter, data)).join('<br />\n')).join('\n\n');
  const split = caption ? splitCredit(caption.text) : { caption: '', credit: null };
  const text = blocks.map((b) => b.text).join('');
  const frontmatter: DocumentFrontmatter = { chapter, caption: split.caption, credit: split.credit, lang: TRADITIONAL_ONLY.test(text) ? 'zh-Hant' : 'zh' };
  return { id, content: `${formatFrontmatter(frontmatter)}\n${body}\n` };
}

function photoFigure(block: Block): string {
  const { caption, credit } = splitCredit(hardLines(unwrapItalic(block.text)).join(' '));
  return `<Photograph${credit ? ` credit=${prop(credit)}` : ''}>\n${caption}\n</Photograph>`;
}

/** The MDX body of one section: its heading (if titled) and its blocks in order. */
export function sectionBody(section: Section, chapter: Chapter, data: ItalicsData, numbering: Numbering, documents: DocumentFile[] = []): string {
  const parts: string[] = [];
  if (section.title) parts.push(`## ${section.title}`);
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
        parts.push(photoFigure(b));
        break;
      case 'block-quote':
        parts.push(`> ${guardBlockStart(inlineToMdx(b.text, chapter.number, data))}`);
        break;
      default:
        parts.push(guardBlockStart(inlineToMdx(b.text, chapter.number, data)));
    }
  }
  return parts.join('\n\n');
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
      files.set(path, `${formatFrontmatter(frontmatter)}\n${sectionBody(section, chapter, data, numbering, documents)}\n`);
    });
  });
  for (const doc of documents) files.set(`documents/${doc.id}.mdx`, doc.content);
  return files;
}
