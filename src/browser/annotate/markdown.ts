/**
 * The reader's notes as Markdown: grouped by chapter and section, each the
 * quoted words, the reader's note, a Chicago note citing the words, and the
 * link that lands on them. Pure.
 */

export interface NoteEntry {
  chapterHeading: string;
  /** Null for a chapter's untitled opening. */
  section: string | null;
  quote: string;
  note: string;
  citation: string;
  link: string;
  /** False when the words are no longer found in the text. */
  found: boolean;
}

/** Markdown's special characters at the start of a line, and inline ones, escaped. */
const escapeMd = (s: string) => s.replace(/([\\`*_[\]<>#|])/g, '\\$1');
const blockquote = (s: string) => s.split('\n').map((line) => `> ${escapeMd(line)}`.trimEnd()).join('\n');

export function toMarkdown(title: string, entries: readonly NoteEntry[]): string {
  const out = [`# ${escapeMd(title)}`, ''];
  let chapter: string | null = null;
  let section: string | null | undefined;
  for (const e of entries) {
    if (e.chapterHeading !== chapter) {
      chapter = e.chapterHeading;
      section = undefined;
      out.push(`## ${escapeMd(chapter)}`, '');
    }
    if (e.section !== section) {
      section = e.section;
      if (section) out.push(`### ${escapeMd(section)}`, '');
    }
    out.push(blockquote(e.quote), '');
    if (!e.found) out.push('*No longer found in the text.*', '');
    if (e.note) out.push(escapeMd(e.note), '');
    out.push(e.citation, '', `<${e.link}>`, '', '---', '');
  }
  // No rule after the last entry.
  if (out.at(-2) === '---') out.splice(-2);
  return `${out.join('\n').trimEnd()}\n`;
}
