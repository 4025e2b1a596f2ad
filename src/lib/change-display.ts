import { parseParagraphId } from '../edition/addresses.ts';
import type { RecordedChange, Where } from '../edition/formats/changes.ts';

/**
 * A change's text made visible: line breaks, no-break spaces, spaces at either
 * end (" — " → "—" shows its spaces going) and removals shown as such.
 */
export function showText(text: string): string {
  if (text === '') return '[nothing]';
  if (/^ +$/.test(text)) return '[space]';
  return text
    .replace(/^ /, '[space]')
    .replace(/ $/, '[space]')
    .replace(/\n+/g, ' [break] ')
    .replace(/\u00a0/g, '[no-break space]')
    .trim();
}

/** "“'” → “’”"; a decision that changed nothing (a compound keeps its hyphen) as kept; for a move, what moved. */
export function describeChange(c: RecordedChange): string {
  if (c.moveTo !== undefined) return `${showText(c.before.trim()).slice(0, 90)}… moved to follow its paragraph`;
  if (c.before === c.after) return `${showText(c.before)} kept as written`;
  return `${showText(c.before)} → ${showText(c.after)}`;
}

/** What an anchor of the text is called: a section by its title, a document by its caption (without its full stop). */
export function anchorNames(
  sections: Iterable<{ sectionId: string | null; section: string | null }>,
  documents: Iterable<{ id: string; caption: string }>,
): Map<string, string> {
  const names = new Map<string, string>();
  for (const s of sections) if (s.sectionId && s.section) names.set(s.sectionId, s.section);
  for (const d of documents) names.set(d.id, d.caption.replace(/\.$/, ''));
  return names;
}

/** Where a change is, as a reader names it: "Title page", "Ch. 3, heading", "Ch. 3, ¶ 5", "Ch. 3, <section title or document caption>". */
export function placeLabel({ chapter, anchor }: Where, names: ReadonlyMap<string, string>): string {
  if (chapter === null) return 'Title page';
  if (!anchor) return `Ch. ${chapter}, heading`;
  const p = parseParagraphId(anchor);
  if (p) return `Ch. ${chapter}, ¶ ${p.n}`;
  const name = names.get(anchor);
  if (!name) throw new Error(`content/edition/changes.json: a change is placed at “${anchor}” in chapter ${chapter}, which is neither a paragraph, a section nor a document`);
  return `Ch. ${chapter}, ${name}`;
}
