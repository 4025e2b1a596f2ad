/**
 * Reading by keyboard, with modifiers only (WCAG 2.1.4: no single-character
 * shortcuts): Alt+Shift+↓/↑ next/previous section, Alt+Shift+→/← next/previous
 * chapter (the links of the chapter's own navigation). The inline loader
 * catches the keys and calls go().
 */
import { CLASS } from '../../edition/markup.ts';

/** Keys the loader passes on, and the links or moves they stand for. */
export const READING_KEYS = {
  ArrowDown: 'next section',
  ArrowUp: 'previous section',
  ArrowRight: 'next chapter',
  ArrowLeft: 'previous chapter',
} as const;

/** The heading the reader is in: the last one above the top third of the window. */
function currentIndex(headings: HTMLElement[]): number {
  const line = innerHeight * 0.3;
  return headings.findLastIndex((h) => h.getBoundingClientRect().top <= line);
}

export function go(key: string): void {
  if (key === 'ArrowRight' || key === 'ArrowLeft') {
    const link = document.querySelector<HTMLAnchorElement>(`a[rel="${key === 'ArrowRight' ? 'next' : 'prev'}"]`);
    if (link) location.assign(link.href);
    return;
  }
  if (key !== 'ArrowDown' && key !== 'ArrowUp') return;
  const headings = [...document.querySelectorAll<HTMLElement>(`.${CLASS.chapter} .${CLASS.section} h2[id]`)];
  if (headings.length === 0) return;
  const i = currentIndex(headings);
  const target = key === 'ArrowDown' ? headings[i + 1] : headings[i - 1];
  if (target) location.hash = target.id;
  else if (key === 'ArrowUp') location.hash = 'main';
}
