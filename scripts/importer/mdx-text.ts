/**
 * Source text to MDX that renders exactly as written. The four inline
 * constructs (inline-markup.ts) become markup; every other character MDX or
 * Markdown would read as syntax is escaped: `{ } <` (expressions, JSX), `\ ` _ * ~ &`
 * (escapes, code, emphasis, character references), `]` before `( [ :` (links,
 * images, definitions), and at the start of a line `# > - + =`, `1.`, `import`,
 * `export` (headings, quotations, lists, setext underlines, ES modules). The
 * site reads MDX with GFM (remark-gfm, for ~~strikethrough~~), so what GFM
 * alone reads is escaped too: `|` (tables), `@` (bare e-mail addresses), the
 * `:` of `://` and the `.` of `www.` (bare web addresses). Pure.
 */
import type { Italics } from '../../src/edition/formats/index.ts';
import { inlineMarks } from './inline-markup.ts';

/** A "reading" of inline text: its characters with ⟦…⟧ tokens for the markup, for mdx-check.ts to compare. */
export const token = {
  note: (n: number) => `⟦note ${n}⟧`,
  open: (kind: string) => `⟦${kind}⟧`,
  close: (kind: string) => `⟦/${kind}⟧`,
  br: '⟦br⟧',
};

const PINYIN_LANG = 'zh-Latn-pinyin';

/** Characters escaped wherever they are text. */
const ALWAYS = new Set(['\\', '`', '{', '}', '<', '&', '_', '*', '~', '|', '@']);

function escapeChar(text: string, i: number): string {
  const ch = text[i];
  const next = text[i + 1];
  if (ALWAYS.has(ch)) return `\\${ch}`;
  // "[text](url)", "[text][ref]", "[ref]: url" all need a "]" straight before "(", "[" or ":".
  if (ch === ']' && (next === '(' || next === '[' || next === ':')) return '\\]';
  // GFM's bare addresses: "http://…" needs "://" and "www.…" needs "www." as written.
  if (ch === ':' && text.startsWith('//', i + 1)) return '\\:';
  if (ch === '.' && /www$/i.test(text.slice(Math.max(0, i - 3), i))) return '\\.';
  return ch;
}

/** Text with no markup, escaped. */
export function escapeText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += escapeChar(text, i);
  return out;
}

/**
 * What Markdown and MDX read at the start of a line, made text: a heading,
 * a quotation, a list item, a setext underline or thematic break, an ES module
 * statement. The characters inside the line are already escaped.
 */
export function guardLineStarts(mdx: string): string {
  return mdx
    .split('\n')
    .map((line) =>
      line
        .replace(/^(\s*)([#>+=-])/, '$1\\$2')
        .replace(/^(\s*\d+)([.)])(?=\s|$)/, '$1\\$2')
        // "import"/"export" at a line's start is an ES module statement in MDX; a character reference is the same letter as text.
        .replace(/^(\s*)(i)(?=mport\b)/, '$1&#105;')
        .replace(/^(\s*)(e)(?=xport\b)/, '$1&#101;'),
    )
    .join('\n');
}

export interface InlineMdx {
  mdx: string;
  /** What a reader must get from `mdx`: the text, with ⟦…⟧ tokens for notes, emphasis and line breaks. */
  reading: string;
}

/**
 * Inline source text to MDX: note markers become sidenotes; italics that are
 * titles or pinyin (content/editorial/italics.json) become <cite> or <i lang>;
 * other italics, bold and strikethrough stay Markdown; the rest is escaped text.
 * Hard line breaks (two spaces before a newline) stay as they are.
 */
export function inlineToMdx(text: string, chapter: number, italics: Italics): InlineMdx {
  const { marks, problems } = inlineMarks(text);
  if (problems.length > 0) throw new Error(problems[0].problem);
  let mdx = '';
  let reading = '';
  let i = 0;
  const copyText = (to: number) => {
    // Odd parts are hard line breaks, kept as written.
    const parts = text.slice(i, to).split(/( {2,}\n)/);
    mdx += parts.map((part, p) => (p % 2 === 1 ? part : escapeText(part))).join('');
    reading += parts.map((part, p) => (p % 2 === 1 ? token.br : part)).join('');
    i = to;
  };
  for (let k = 0; k < marks.length; k++) {
    const m = marks[k];
    copyText(m.start);
    if (m.kind === 'note') {
      mdx += `<Sidenote chapter={${chapter}} n={${m.n}} />`;
      reading += token.note(m.n);
    } else if (m.kind === 'em' && m.open && m.partner === k + 1) {
      // Italics with nothing but text inside may be a title or pinyin.
      const close = marks[m.partner];
      const inner = text.slice(m.end, close.start);
      const isTitle = italics.titles.includes(inner);
      const isPinyin = italics.pinyin.includes(inner);
      const lang = isPinyin ? ` lang="${PINYIN_LANG}"` : '';
      const element = isTitle ? 'cite' : isPinyin ? 'i' : null;
      mdx += element ? `<${element}${lang}>${escapeText(inner)}</${element}>` : `*${escapeText(inner)}*`;
      reading += `${token.open('em')}${inner}${token.close('em')}`;
      i = close.end;
      k += 1;
      continue;
    } else {
      mdx += text.slice(m.start, m.end);
      reading += m.open ? token.open(m.kind) : token.close(m.kind);
    }
    i = m.end;
  }
  copyText(text.length);
  return { mdx: guardLineStarts(mdx), reading };
}
