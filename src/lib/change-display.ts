import type { RecordedChange } from '../edition/formats/changes.ts';

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
