import GithubSlugger from 'github-slugger';
import { type Block, hardLines, PROSE_KINDS } from './blocks.ts';
import type { Chapter, Section } from './structure.ts';

/** How italic spans that are not emphasis are marked up (content/editorial/italics.json). */
export interface ItalicsData {
  titles: string[];
  pinyin: string[];
}

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

/** A caption's last sentence is its credit ("Xinhua News Agency."). */
export function splitCredit(caption: string): { caption: string; credit: string | null } {
  const m = /^(.*[.?!])\s+([^.?!]+[.?!])$/s.exec(caption.trim());
  return m ? { caption: m[1], credit: m[2] } : { caption: caption.trim(), credit: null };
}

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

/** "telegram-1950-10-02" from a caption naming the document and its date; "document-N" otherwise. */
export function documentId(caption: string, n: number): string {
  const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
  const kind = ['telegram', 'letter', 'memorandum', 'cable', 'report'].find((k) => new RegExp(`\\b${k}\\b`, 'i').test(caption)) ?? 'document';
  const date = /\b(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})\b/i.exec(caption);
  if (!date) return `${kind}-${n}`;
  const month = String(months.indexOf(date[2].toLowerCase()) + 1).padStart(2, '0');
  return `${kind}-${date[3]}-${month}-${date[1].padStart(2, '0')}`;
}

function documentFile(blocks: Block[], caption: Block | undefined, chapter: number, n: number, data: ItalicsData): DocumentFile {
  const body = blocks.map((b) => hardLines(b.text).map((l) => inlineToMdx(l, chapter, data)).join('<br />\n')).join('\n\n');
  const split = caption ? splitCredit(caption.text) : { caption: '', credit: null };
  const id = documentId(split.caption, n);
  const text = blocks.map((b) => b.text).join('');
  const frontmatter = yaml({ chapter, caption: split.caption, credit: split.credit, lang: TRADITIONAL_ONLY.test(text) ? 'zh-Hant' : 'zh' });
  return { id, content: `---\n${frontmatter}\n---\n\n${body}\n` };
}

function photoFigure(block: Block): string {
  const { caption, credit } = splitCredit(hardLines(unwrapItalic(block.text)).join(' '));
  return `<Photograph${credit ? ` credit=${prop(credit)}` : ''}>\n${caption}\n</Photograph>`;
}

/** The MDX body of one section: its heading (if titled) and its blocks in order. */
export function sectionBody(section: Section, chapter: Chapter, data: ItalicsData, documents: DocumentFile[] = []): string {
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
        const doc = documentFile(blocks.slice(i, j), caption, chapter.number, documents.length + 1, data);
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

export interface Frontmatter {
  chapter: number;
  chapterTitle: string | null;
  section: string | null;
  order: number;
  /**
   * The number, within its chapter, of the section's first paragraph (block
   * quotations count as paragraphs): paragraph ids derive from the text's own
   * paragraphing, nothing else.
   */
  firstParagraph: number;
  excerptOpensHere?: true;
  excerptEndsHere?: true;
}

function yaml(data: object): string {
  // JSON scalars are valid YAML and keep quotes and dashes exactly as they are.
  return Object.entries(data)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
    .join('\n');
}

/** Every MDX file of the edition, keyed by its path under the content directory. */
export function contentFiles(chapters: Chapter[], data: ItalicsData): Map<string, string> {
  const files = new Map<string, string>();
  const documents: DocumentFile[] = [];
  chapters.forEach((chapter, c) => {
    const slugger = new GithubSlugger();
    let paragraphs = 0;
    chapter.sections.forEach((section, s) => {
      const slug = section.title ? slugger.slug(section.title) : 'opening';
      const path = `chapters/chapter-${chapter.number}/${String(section.order).padStart(2, '0')}-${slug}.mdx`;
      const frontmatter: Frontmatter = {
        chapter: chapter.number,
        chapterTitle: chapter.title,
        section: section.title,
        order: section.order,
        firstParagraph: paragraphs + 1,
        ...(c === 0 && s === 0 && chapter.opensMidChapter ? { excerptOpensHere: true as const } : {}),
        ...(c === chapters.length - 1 && s === chapter.sections.length - 1 && chapter.endsMidSentence ? { excerptEndsHere: true as const } : {}),
      };
      paragraphs += section.blocks.filter((b) => PROSE_KINDS.has(b.kind)).length;
      files.set(path, `---\n${yaml(frontmatter)}\n---\n\n${sectionBody(section, chapter, data, documents)}\n`);
    });
  });
  for (const doc of documents) files.set(`documents/${doc.id}.mdx`, doc.content);
  return files;
}
