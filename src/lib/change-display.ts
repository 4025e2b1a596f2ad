import type { RecordedChange } from '../edition/formats/changes.ts';

/** A change's text made visible: line breaks, no-break spaces and removals shown as such. */
export function showText(text: string): string {
  if (text === '') return '[nothing]';
  return text.replace(/\n+/g, ' [break] ').replace(/\u00a0/g, '[no-break space]').replace(/^ $/, '[space]').trim() || '[space]';
}

/** "“'” → “’”", or for a move, what moved. */
export function describeChange(c: RecordedChange): string {
  if (c.moveTo !== undefined) return `${showText(c.before.trim()).slice(0, 90)}… moved to follow its paragraph`;
  return `${showText(c.before)} → ${showText(c.after)}`;
}
