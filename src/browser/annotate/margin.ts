/**
 * The reader's notes beside their highlights. On wide screens (the edition's
 * margin, 64rem and up) each note sits in the right margin at the height of its
 * highlight, moved down past the author's sidenotes and the notes above it so
 * that nothing overlaps; on narrower screens it stays inline, after its paragraph's text.
 */
import { ANNOTATE, CLASS, cls } from '../../edition/markup.ts';

const WIDE = '(min-width: 64rem)';
const GAP = 8;

interface Band {
  top: number;
  bottom: number;
}

export function layoutMargin(root: HTMLElement, cards: HTMLElement[], anchorOf: (card: HTMLElement) => Element | null): void {
  const wide = matchMedia(WIDE).matches;
  for (const card of cards) {
    card.toggleAttribute('data-in-margin', wide);
    if (!wide) {
      card.style.removeProperty('left');
      card.style.removeProperty('top');
    }
  }
  if (!wide || cards.length === 0) return;
  const sidenotes = [...root.querySelectorAll<HTMLElement>(cls(CLASS.sidenote))]
    .map((n) => n.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0);
  const rootRect = root.getBoundingClientRect();
  // The margin column: where the sidenotes are; else just right of the text with the edition's gap.
  const gapPx = parseFloat(getComputedStyle(root).fontSize) * 2.5;
  const x = sidenotes.length ? Math.min(...sidenotes.map((r) => r.left)) : rootRect.right + gapPx;
  const taken: Band[] = sidenotes.map((r) => ({ top: r.top + scrollY, bottom: r.bottom + scrollY }));
  const placed = cards
    .map((card) => ({ card, want: (anchorOf(card)?.getBoundingClientRect().top ?? 0) + scrollY }))
    .sort((a, b) => a.want - b.want);
  for (const { card, want } of placed) {
    const height = card.getBoundingClientRect().height;
    let y = want;
    for (let moved = true; moved; ) {
      moved = false;
      for (const band of taken) {
        if (y < band.bottom + GAP && y + height + GAP > band.top) {
          y = band.bottom + GAP;
          moved = true;
        }
      }
    }
    taken.push({ top: y, bottom: y + height });
    // Positioned against the page (no positioned ancestor), or against whatever is.
    const parent = card.offsetParent as HTMLElement | null;
    const origin =
      parent && getComputedStyle(parent).position !== 'static'
        ? { x: parent.getBoundingClientRect().left + scrollX, y: parent.getBoundingClientRect().top + scrollY }
        : { x: 0, y: 0 };
    card.style.left = `${x + scrollX - origin.x}px`;
    card.style.top = `${y - origin.y}px`;
  }
}

export const noteCards = (root: Element) => [...root.querySelectorAll<HTMLElement>(cls(ANNOTATE.note))];
